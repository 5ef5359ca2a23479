package com.loungedesk.bench;

import com.loungedesk.util.DaemonThreads;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A desk camera at {@value #FPS} frames a second, 1280x720: every {@value #CYCLE_FRAMES} frames a guest
 * holds a pass up for {@value #PASS_FRAMES} frames, the rest show the empty counter. Between guests the
 * operator glances at the live orders (F3); a decoded pass brings the scan page back by itself.
 */
final class BenchCamera implements AutoCloseable {

    static final int FPS = 20;
    static final int CYCLE_FRAMES = 50;
    static final int PASS_FRAMES = 12;
    static final int ORDERS_AT = 24;
    private final UiScenario.Console console;
    private final List<String> references;
    private final BufferedImage empty = emptyCounter();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("bench-camera"));
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(DaemonThreads.named("bench-camera-render"));
    private final AtomicInteger passesShown = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private long frame;
    private BufferedImage current;
    private CompletableFuture<BufferedImage> next;

    BenchCamera(UiScenario.Console console, List<String> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("the camera needs at least one pass to show");
        }
        this.console = console;
        this.references = List.copyOf(references);
    }

    void start() {
        next = render(0);
        clock.scheduleAtFixedRate(this::tick, 0, 1000 / FPS, TimeUnit.MILLISECONDS);
    }

    private CompletableFuture<BufferedImage> render(long cycle) {
        String reference = references.get((int) (cycle % references.size()));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ScanToVerdictScenario.frameShowing(reference);
            } catch (com.google.zxing.WriterException e) {
                throw new IllegalStateException("cannot draw the code for " + reference, e);
            }
        }, renderer);
    }

    /** On the camera's own thread: one frame to the console, never waiting on the console. */
    private void tick() {
        try {
            frameNow();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
            throw e;
        }
    }

    private void frameNow() {
        long cycle = frame / CYCLE_FRAMES;
        int at = (int) (frame % CYCLE_FRAMES);
        frame++;
        if (at == 0) {
            current = next.join();
            passesShown.incrementAndGet();
        } else if (at == PASS_FRAMES) {
            next = render(cycle + 1);
        }
        console.cameraFrame(at < PASS_FRAMES ? current : empty);
        if (at == ORDERS_AT) {
            console.showOrders();
        }
    }

    /** Throws what stopped the camera, if something did. */
    void check() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw new IllegalStateException("the bench camera stopped: " + e, e);
        }
    }

    /** Guests who held a pass up so far. */
    int passesShown() {
        return passesShown.get();
    }

    @Override
    public void close() throws InterruptedException {
        clock.shutdownNow();
        renderer.shutdownNow();
        clock.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** The counter with nobody at it: grey, a sign and a keyboard shape, no code. */
    private static BufferedImage emptyCounter() {
        BufferedImage img = new BufferedImage(1280, 720, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(120, 124, 130));
        g.fillRect(0, 0, 1280, 720);
        g.setColor(new Color(90, 92, 96));
        g.fillRoundRect(300, 520, 680, 160, 20, 20);
        g.setColor(new Color(200, 200, 190));
        g.fillRect(80, 80, 260, 120);
        g.dispose();
        return img;
    }
}
