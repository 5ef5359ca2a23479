package com.loungedesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real console on a real display (Xvfb) while 10,000 walk-in orders stream into the backend from
 * 8 threads and a camera at 20 frames a second shows a pass every 2.5 s; the operator glances at the
 * live orders between guests. The backend and the desks making the orders run in processes of their
 * own at lower CPU priority ({@link Elsewhere}): in real life they are other machines, and sharing
 * this JVM they took turns with the console's own threads. Measures the gaps between JavaFX pulses
 * (an animation timer runs, so every frame pulses). Ours decodes on the scan pipeline's own thread;
 * the compared console calls the same decoder on the FX thread, once per frame inside
 * {@code Platform.runLater}.
 */
public final class UiScenario implements Scenario {

    /** The desk console as this scenario drives it (the JavaFX part lives in the app). */
    public interface Console extends AutoCloseable {
        /** The operator opens the live orders page (F3); returns at once. */
        void showOrders();

        /** One camera frame, handed over the way this console decodes; returns at once. */
        void cameraFrame(BufferedImage frame);

        /** The camera has stopped: frames still waiting to be decoded are dropped. */
        void stopCamera();

        /** What happened to the camera's frames, one sentence. */
        String cameraSummary();

        /** Starts recording pulse time stamps (forgets earlier ones). */
        void startPulses() throws Exception;

        /** Stops recording; the pulse time stamps in nanoseconds since {@link #startPulses}. */
        long[] stopPulses() throws Exception;

        /** Orders the console's order tracker holds. */
        int trackedOrders();

        /** Rows in the console's orders table. */
        int orderRows() throws Exception;

        /** Scans that reached a verdict on screen. */
        int verdicts() throws Exception;

        @Override
        void close() throws Exception;
    }

    /** Opens the signed-in console on a backend, on the live orders page. */
    public interface ConsoleFactory {
        Console open(Backend backend, boolean decodeOnFxThread) throws Exception;
    }

    static final int ORDERS = 10_000;
    private static final int THREADS = 8;
    private static final int SCAN_PASSES = 40;
    /** Quick runs: the backend already holds most of the 10,000 when the console opens; the rest stream in. */
    private static final int QUICK_PRELOADED = 9_850;
    private static final int QUICK_NAIVE_ORDERS = 100;
    private final Backend.Factory backends;
    private final ConsoleFactory consoles;
    private final String display;

    /** What one console did under the load. */
    private record Side(PulseGaps gaps, int orders, int tracked, int rows, int verdicts, int passesShown,
                        double seconds, String camera, double load) {
    }

    public UiScenario(Backend.Factory backends, ConsoleFactory consoles, String display) {
        this.backends = backends;
        this.consoles = consoles;
        this.display = display == null ? "" : display;
    }

    @Override
    public String name() {
        return "ui";
    }

    @Override
    public String compared() {
        return "console while 10,000 orders stream in and a 20 fps camera decodes passes: decoding on its own "
                + "thread vs on the FX thread (Platform.runLater per frame)";
    }

    @Override
    public void run(boolean quick, BenchReport report) throws Exception {
        if (display.isBlank()) {
            report.note("skipped: no display; run under Xvfb, e.g. xvfb-run -a java -jar target/loungedesk.jar bench");
            return;
        }
        long t0 = System.nanoTime();
        PulseGaps[] idle = new PulseGaps[1];
        double idleLoad = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Side ours;
        Side naive = null;
        try (Backend backend = backends.start()) {
            if (quick) {
                // both desks' processes start at once and make their passes while the backend preloads (on one
                // core); the compared console then opens on the same backend (its table starts with ours'
                // orders) and is measured while the next few hundred stream in, so both are measured over a
                // table of 10,000+ rows
                try (OrderStreamProcess oursStream = OrderStreamProcess.start(backend, ORDERS - QUICK_PRELOADED, THREADS);
                     OrderStreamProcess naiveStream = OrderStreamProcess.start(backend, QUICK_NAIVE_ORDERS, THREADS)) {
                    int preloaded = backend.preload(QUICK_PRELOADED).size();
                    ours = side(backend, oursStream, false, preloaded, ORDERS - preloaded, 0, idle);
                    naive = side(backend, naiveStream, true, ours.tracked(), QUICK_NAIVE_ORDERS, 0, idle);
                }
            } else {
                try (OrderStreamProcess stream = OrderStreamProcess.start(backend, ORDERS, THREADS)) {
                    ours = side(backend, stream, false, 0, ORDERS, 5, idle);
                }
            }
        }
        if (naive == null) {
            try (Backend backend = backends.start();
                 OrderStreamProcess stream = OrderStreamProcess.start(backend, ORDERS, THREADS)) {
                naive = side(backend, stream, true, 0, ORDERS, 0, idle);
            }
        }
        report.note(idle[0] == null ? "idle console: measured in the full run only"
                : String.format("idle console (orders page, nothing arriving; system load %.1f), pulse %s", idleLoad,
                        idle[0].summary()));
        report.note(describe("ours ", ours));
        report.note(describe("naive", naive));
        if (quick) {
            report.note(String.format("quick: %,d orders were in the backend before ours opened and %,d streamed in; the "
                    + "naive console opened on ours' backend (10,000 orders already in its table) and was measured "
                    + "while the next %,d streamed in from 8 threads", QUICK_PRELOADED, ORDERS - QUICK_PRELOADED,
                    QUICK_NAIVE_ORDERS));
        }
        report.note("the backend and the 8 desks making orders ran in other processes"
                + (Elsewhere.niced() ? " at lower CPU priority (nice 10)" : ""));
        report.note(String.format("scenario wall time %.1f s", (System.nanoTime() - t0) / 1e9));
        Stats o = ours.gaps().stats();
        Stats n = naive.gaps().stats();
        report.add(BenchResult.atMost(name(), "FX pulse gap p99 under load", "ms", o.p99(), n.p99(), PulseGaps.STALL_MS));
        // a console whose FX thread is busy elsewhere pulses less: fewer, longer gaps flatter its gap count and
        // percentile; weighted by time, a freeze counts by its length
        report.add(BenchResult.info(name(), "FX pulse gap p99, weighted by time", "ms",
                ours.gaps().timeWeightedPercentile(0.99), naive.gaps().timeWeightedPercentile(0.99)));
        report.add(BenchResult.info(name(), "FX pulses under load", "pulses", ours.gaps().count() + 1,
                naive.gaps().count() + 1));
        report.add(BenchResult.info(name(), "FX pulse gap p50", "ms", o.median(), n.median()));
        report.add(BenchResult.info(name(), "FX pulse gap p95", "ms", o.p95(), n.p95()));
        report.add(BenchResult.info(name(), "FX pulse gap max", "ms", o.max(), n.max()));
        report.add(BenchResult.atMost(name(), "stalled frames (gap > 50 ms)", "count", ours.gaps().stalls(),
                naive.gaps().stalls(), 0));
        report.add(BenchResult.info(name(), "time frozen (in gaps > 50 ms)", "%", 100 * ours.gaps().stalledShare(),
                100 * naive.gaps().stalledShare()));
        report.add(BenchResult.atLeast(name(), "orders in the tracker at the end", "orders", ours.tracked(),
                naive.tracked(), ORDERS));
        report.add(BenchResult.info(name(), "scans that reached a verdict", "scans", ours.verdicts(), naive.verdicts()));
    }

    private static String describe(String label, Side s) {
        return String.format("%s: %,d orders streamed in %.1f s (%.0f a second); tracker %,d, table rows %,d; "
                + "%d of %d passes shown reached a verdict; %s; system load %.1f on %d cores; pulse %s", label,
                s.orders(), s.seconds(), s.orders() / s.seconds(), s.tracked(), s.rows(), s.verdicts(),
                s.passesShown(), s.camera(), s.load(), Runtime.getRuntime().availableProcessors(), s.gaps().summary());
    }

    /**
     * One console under the load: the stream (started, and ready by the time the console is) makes
     * {@code orders} more walk-in orders in a backend that already holds {@code already}, while the camera
     * shows fresh passes.
     */
    private Side side(Backend backend, OrderStreamProcess stream, boolean naive, int already, int orders,
                      int idleSeconds, PulseGaps[] idle) throws Exception {
        List<String> passes = scanPasses(backend);
        try (Console console = consoles.open(backend, naive)) {
            stream.awaitReady();
            if (already > 0) {
                awaitTracked(console, already, 60);
                awaitRows(console, already, 60);
                Thread.sleep(500); // the table has just taken thousands of rows: let the JIT and GC catch up
            }
            if (idleSeconds > 0) {
                Thread.sleep(1500);
                console.startPulses();
                Thread.sleep(idleSeconds * 1000L);
                idle[0] = PulseGaps.fromPulseTimes(console.stopPulses());
            }
            BenchCamera camera = new BenchCamera(console, passes);
            console.startPulses();
            long t0 = System.nanoTime();
            try {
                stream.go();
                camera.start();
                stream.await(600);
                awaitTracked(console, already + orders, 60);
            } finally {
                camera.close();
            }
            long end = System.nanoTime();
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            console.stopCamera();
            PulseGaps gaps = PulseGaps.fromPulseTimes(console.stopPulses(), end);
            camera.check();
            awaitRows(console, already + orders, 30);
            return new Side(gaps, orders, console.trackedOrders(), console.orderRows(), console.verdicts(),
                    camera.passesShown(), (end - t0) / 1e9, console.cameraSummary(), load);
        }
    }

    /** Waits (off the FX thread) until the tracker holds every streamed order. */
    private static void awaitTracked(Console console, int orders, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (console.trackedOrders() < orders) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("after " + seconds + " s the tracker holds " + console.trackedOrders()
                        + " of " + orders + " orders");
            }
            Thread.sleep(100);
        }
    }

    /** Waits until the orders table shows every streamed order (one hop behind the tracker). */
    private static void awaitRows(Console console, int orders, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (console.orderRows() < orders) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("after " + seconds + " s the orders table shows " + console.orderRows()
                        + " of " + orders + " orders");
            }
            Thread.sleep(100);
        }
    }

    /** Single-visit walk-in passes without guests, so a scan redeems at once (no picker). */
    private static List<String> scanPasses(Backend backend) throws Exception {
        DeskHttp http = new DeskHttp(backend, 1);
        try {
            List<String> references = new ArrayList<>();
            for (int i = 0; i < SCAN_PASSES; i++) {
                DeskHttp.Answer a = http.post("/sandbox/passes", Map.of("kind", "walkin", "entitlements", 1,
                        "guestsAllowed", 0));
                JsonNode reference = a.body().path("data").path("reference");
                if (!a.ok() || !reference.isTextual()) {
                    throw new IllegalStateException("could not create a pass to scan: " + a.code() + " " + a.body());
                }
                references.add(reference.asText());
            }
            return references;
        } finally {
            http.close();
        }
    }
}
