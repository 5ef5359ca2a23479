package com.loungedesk.bench;

import com.loungedesk.util.DaemonThreads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar} to an interactive console window (the launcher prints {@value #READY} once the
 * window is shown and has rendered; staff can sign in), to connected services (the launcher prints
 * {@value #CONNECTED} once the backend, journal and order feed are up behind the window), and the resident memory a few seconds later while the image frame
 * source feeds frames. Compared with a bare JVM start ({@code java -version}) in the same run.
 */
public final class StartScenario implements Scenario {

    public static final String READY = "LOUNGEDESK_READY";
    public static final String CONNECTED = "LOUNGEDESK_CONNECTED";
    private final List<String> console;
    private final List<String> bareJvm;
    private final Map<String, String> env;

    /**
     * @param console the command that opens the console (with the image source, on a throw-away home)
     * @param bareJvm the command for the floor (e.g. {@code java -version})
     * @param env     extra environment (DISPLAY, LOUNGEDESK_HOME...)
     */
    public StartScenario(List<String> console, List<String> bareJvm, Map<String, String> env) {
        this.console = List.copyOf(console);
        this.bareJvm = List.copyOf(bareJvm);
        this.env = Map.copyOf(env);
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public String compared() {
        return "java -jar to interactive window vs a bare JVM start (java -version)";
    }

    @Override
    public void run(boolean quick, BenchReport report) throws Exception {
        if (console.isEmpty()) {
            report.note("skipped: the console can only be timed from the packaged jar (java -jar target/loungedesk.jar bench)");
            return;
        }
        String display = env.getOrDefault("DISPLAY", "");
        if (display.isBlank()) {
            report.note("skipped: no display; run under Xvfb, e.g. xvfb-run -a java -jar target/loungedesk.jar bench");
            return;
        }
        int runs = quick ? 2 : 5;
        List<Double> startMs = new ArrayList<>();
        List<Double> connectedMs = new ArrayList<>();
        List<Double> rssMb = new ArrayList<>();
        List<Double> bareMs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double[] one = startOnce(quick ? 500 : 6000);
            startMs.add(one[0]);
            connectedMs.add(one[1]);
            rssMb.add(one[2]);
            bareMs.add(bare());
        }
        Stats s = Stats.of(startMs);
        Stats r = Stats.of(rssMb);
        Stats b = Stats.of(bareMs);
        Stats c = Stats.of(connectedMs);
        report.note(String.format("start ms over %d runs: min %.0f / median %.0f / max %.0f; services connected ms "
                + "min %.0f / median %.0f / max %.0f; RSS MB min %.0f / median %.0f / max %.0f", runs, s.min(),
                s.median(), s.max(), c.min(), c.median(), c.max(), r.min(), r.median(), r.max()));
        report.add(BenchResult.atMost(name(), "start to interactive window (median)", "ms", s.median(), b.median(),
                2000));
        report.add(BenchResult.info(name(), "start to services connected (median)", "ms", c.median(), b.median()));
        report.add(BenchResult.atMost(name(), "resident memory with image source running (median)", "MB",
                r.median(), Double.NaN, 300));
    }

    private double[] startOnce(long settleMillis) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(console).redirectErrorStream(true);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            Lines lines = new Lines();
            DaemonThreads.start("start-bench-reader", () -> lines.read(p));
            long readyAt = lines.ready.get(60, TimeUnit.SECONDS);
            long connectedAt = lines.connected.get(60, TimeUnit.SECONDS);
            if (readyAt < 0 || connectedAt < 0) {
                throw new IllegalStateException("the console exited before its window was ready and connected");
            }
            Thread.sleep(settleMillis);
            return new double[] {(readyAt - t0) / 1e6, (connectedAt - t0) / 1e6, rssMb(p.pid())};
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** When the console printed its ready and connected lines (-1 if it ended first); keeps the pipe empty. */
    private static final class Lines {
        final CompletableFuture<Long> ready = new CompletableFuture<>();
        final CompletableFuture<Long> connected = new CompletableFuture<>();

        void read(Process p) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith(READY)) {
                        ready.complete(System.nanoTime());
                    } else if (line.startsWith(CONNECTED)) {
                        connected.complete(System.nanoTime());
                    }
                }
            } catch (IOException e) {
                // the process ended; whatever was not seen stays -1 below
            }
            ready.complete(-1L);
            connected.complete(-1L);
        }
    }

    private double bare() throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(bareJvm).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.waitFor(60, TimeUnit.SECONDS);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** VmRSS from /proc (Linux); NaN elsewhere. */
    static double rssMb(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
