package com.loungedesk.bench;

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
 * window is shown and has rendered), and the resident memory a few seconds later while the image frame
 * source feeds frames. Compared with a bare JVM start ({@code java -version}) in the same run.
 */
public final class StartScenario implements Scenario {

    public static final String READY = "LOUNGEDESK_READY";
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
        List<Double> rssMb = new ArrayList<>();
        List<Double> bareMs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double[] one = startOnce(quick ? 3 : 6);
            startMs.add(one[0]);
            rssMb.add(one[1]);
            bareMs.add(bare());
        }
        Stats s = Stats.of(startMs);
        Stats r = Stats.of(rssMb);
        Stats b = Stats.of(bareMs);
        report.note(String.format("start ms over %d runs: min %.0f / median %.0f / max %.0f; RSS MB min %.0f / "
                + "median %.0f / max %.0f", runs, s.min(), s.median(), s.max(), r.min(), r.median(), r.max()));
        report.add(BenchResult.atMost(name(), "start to interactive window (median)", "ms", s.median(), b.median(),
                2000));
        report.add(BenchResult.atMost(name(), "resident memory with image source running (median)", "MB",
                r.median(), Double.NaN, 300));
    }

    private double[] startOnce(int settleSeconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(console).redirectErrorStream(true);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            CompletableFuture<Long> ready = CompletableFuture.supplyAsync(() -> waitForReady(p));
            long readyAt = ready.get(60, TimeUnit.SECONDS);
            if (readyAt < 0) {
                throw new IllegalStateException("the console exited before its window was ready");
            }
            double ms = (readyAt - t0) / 1e6;
            Thread.sleep(settleSeconds * 1000L);
            return new double[] {ms, rssMb(p.pid())};
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static long waitForReady(Process p) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(READY)) {
                    long at = System.nanoTime();
                    Thread drain = new Thread(() -> drain(r), "start-bench-drain");
                    drain.setDaemon(true);
                    drain.start();
                    return at;
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static void drain(BufferedReader r) {
        try {
            while (r.readLine() != null) {
                // keep the pipe empty so the console never blocks on its output
            }
        } catch (IOException ignored) {
            // the process ended
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
