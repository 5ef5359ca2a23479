package com.loungedesk.scan.source;

import com.loungedesk.util.DaemonThreads;
import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamException;
import com.github.sarxos.webcam.WebcamLockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A webcam through webcam-capture, captured on its own daemon thread. No camera, a busy camera or a
 * camera unplugged mid-shift become status values; while there is no working camera it looks again
 * every {@code rediscovery}, so plugging one back in is picked up.
 */
public final class WebcamSource implements FrameSource {
    public static final Dimension HD = new Dimension(1280, 720);
    private static final Logger LOG = LoggerFactory.getLogger(WebcamSource.class);
    private static final int MISSES_BEFORE_LOST = 15;

    private final String preferredCamera;
    private final Dimension preferredSize;
    private final Duration rediscovery;
    private final long minFrameNanos;
    private final SourceEvents events = new SourceEvents(Clock.systemUTC());
    /** Bumped by each start and stop: a capture loop runs while its own generation is the current one. */
    private volatile long generation;
    private boolean started;
    private Thread thread;

    /**
     * @param preferredCamera a name from {@link CameraDirectory#cameraNames()}, or null for the first camera
     * @param preferredSize   the size to ask for ({@link #HD} normally)
     * @param rediscovery     how long to wait between looks for a camera while none works
     * @param maxFps          a ceiling on frames per second
     */
    public WebcamSource(String preferredCamera, Dimension preferredSize, Duration rediscovery, int maxFps) {
        this.preferredCamera = preferredCamera;
        this.preferredSize = preferredSize;
        this.rediscovery = rediscovery;
        this.minFrameNanos = 1_000_000_000L / Math.max(1, maxFps);
    }

    public WebcamSource(String preferredCamera) {
        this(preferredCamera, HD, Duration.ofSeconds(3), 30);
    }

    @Override
    public String name() {
        return preferredCamera == null ? "Camera" : preferredCamera;
    }

    @Override
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        long run = ++generation;
        Thread previous = thread;
        events.status(SourceState.STARTING, "Looking for a camera…");
        thread = DaemonThreads.start("webcam-capture", () -> {
            if (awaitEnd(previous)) {
                captureLoop(run);
            }
        });
    }

    /**
     * Stops capturing without waiting: the capture thread closes the camera itself once its driver call
     * returns, so a camera stuck in its driver never holds up the caller (the FX thread, when the window closes).
     * A start after it waits, on its own thread, for that close.
     */
    @Override
    public synchronized void stop() {
        started = false;
        generation++;
        if (thread != null) {
            thread.interrupt();
        }
        events.status(SourceState.STOPPED, "Camera stopped.");
    }

    private static boolean awaitEnd(Thread previous) {
        try {
            if (previous != null) {
                previous.join();
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean live(long run) {
        return generation == run;
    }

    private void captureLoop(long run) {
        Webcam webcam = null;
        int misses = 0;
        while (live(run)) {
            if (webcam == null) {
                webcam = open(run);
                misses = 0;
                if (webcam == null) {
                    pause(rediscovery.toNanos(), run);
                }
                continue;
            }
            long started = System.nanoTime();
            BufferedImage image = webcam.isOpen() ? grab(webcam) : null;
            if (!live(run)) {
                break;
            }
            if (image == null) {
                if (++misses >= MISSES_BEFORE_LOST || !webcam.isOpen()) {
                    status(run, SourceState.CAMERA_LOST, "The camera " + webcam.getName()
                            + " stopped sending pictures (unplugged?). Looking for it again…");
                    close(webcam);
                    webcam = null;
                }
                pause(minFrameNanos, run);
                continue;
            }
            misses = 0;
            events.publish(image, webcam.getName());
            pause(minFrameNanos - (System.nanoTime() - started), run);
        }
        if (webcam != null) {
            close(webcam);
        }
    }

    /** A status from the capture loop, dropped once that loop was stopped (stop said STOPPED already). */
    private void status(long run, SourceState state, String message) {
        if (live(run)) {
            events.status(state, message);
        }
    }

    private Webcam open(long run) {
        List<Webcam> webcams = CameraDirectory.webcams();
        Webcam webcam = CameraDirectory.choose(webcams, preferredCamera);
        if (webcam == null) {
            status(run, SourceState.NO_CAMERA, "No camera found. Plug one in, or scan with a USB scanner or an image.");
            return null;
        }
        try {
            if (!webcam.isOpen()) {
                // webcam-capture's lock file outlives a camera unplugged while open and then blocks its
                // re-plug in this same process; a camera held by another program still fails to open.
                webcam.getLock().disable();
                Dimension size = CameraDirectory.bestSize(webcam.getViewSizes(), preferredSize);
                if (size != null) {
                    webcam.setViewSize(size);
                }
                if (!webcam.open()) {
                    status(run, SourceState.CAMERA_BUSY, "The camera " + webcam.getName() + " could not be opened.");
                    return null;
                }
            }
            Dimension size = webcam.getViewSize();
            status(run, SourceState.RUNNING, "Camera " + webcam.getName()
                    + (size == null ? "" : " at " + size.width + "x" + size.height) + ".");
            return webcam;
        } catch (WebcamLockException e) {
            status(run, SourceState.CAMERA_BUSY, "The camera " + webcam.getName() + " is in use by another program.");
        } catch (WebcamException | IllegalArgumentException | IllegalStateException e) {
            LOG.warn("Opening camera {} failed", webcam.getName(), e);
            status(run, SourceState.CAMERA_BUSY, "The camera " + webcam.getName() + " could not be opened: "
                    + e.getMessage());
        }
        return null;
    }

    private static BufferedImage grab(Webcam webcam) {
        try {
            return webcam.getImage();
        } catch (WebcamException e) {
            LOG.debug("Frame grab failed on {}: {}", webcam.getName(), e.toString());
            return null;
        }
    }

    private static void close(Webcam webcam) {
        try {
            webcam.close();
        } catch (WebcamException e) {
            LOG.debug("Closing camera {} failed: {}", webcam.getName(), e.toString());
        }
    }

    private void pause(long nanos, long run) {
        if (nanos <= 0 || !live(run)) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // only stop() interrupts: the loop sees its generation has passed
        }
    }

    @Override
    public SourceStatus status() {
        return events.status();
    }

    @Override
    public void addFrameListener(FrameListener listener) {
        events.addFrameListener(listener);
    }

    @Override
    public void addStatusListener(Consumer<SourceStatus> listener) {
        events.addStatusListener(listener);
    }
}
