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
 * {@value #CONNECTED} once the backend, journal and order feed are up behind the window), and the
 * resident memory a few seconds later while the image frame source feeds frames. Compared with the
 * floor for any JavaFX console here: a bare JavaFX window with one label, started the same way from the
 * same jar in the same run, printing the same ready line. When the installed app's launcher is given,
 * it is timed the same way, against its own targets.
 */
public final class StartScenario implements Scenario {

    public static final String READY = "LOUNGEDESK_READY";
    public static final String CONNECTED = "LOUNGEDESK_CONNECTED";
    /** Goals: the window from {@code java -jar}, and from the installed app; the installed app's memory. */
    static final double JAR_WINDOW_MS = 1800;
    static final double INSTALLED_WINDOW_MS = 1200;
    static final double INSTALLED_RSS_MB = 220;
    private final List<String> console;
    private final List<String> bareWindow;
    private final List<String> installed;
    private final Map<String, String> env;

    /** One start: when the window was ready and the services connected (ms), and the resident memory (MB). */
    private record Start(double readyMs, double connectedMs, double rssMb) {
    }

    /** Every start of one command. */
    private record Starts(List<Double> readyMs, List<Double> connectedMs, List<Double> rssMb) {
        Starts() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void add(Start s) {
            readyMs.add(s.readyMs());
            connectedMs.add(s.connectedMs());
            rssMb.add(s.rssMb());
        }

        String summary(String label) {
            Stats r = Stats.of(readyMs);
            Stats m = Stats.of(rssMb);
            return String.format("%s over %d runs: window ms min %.0f / median %.0f / max %.0f; RSS MB min %.0f / "
                    + "median %.0f / max %.0f", label, r.count(), r.min(), r.median(), r.max(), m.min(), m.median(),
                    m.max());
        }
    }

    /**
     * @param console    the command that opens the console (with the image source, on a throw-away home)
     * @param bareWindow the command for the floor: a bare JavaFX window from the same jar and JVM
     * @param installed  the installed app's launcher with the same arguments, or empty when not given
     * @param env        extra environment (DISPLAY, LOUNGEDESK_HOME...)
     */
    public StartScenario(List<String> console, List<String> bareWindow, List<String> installed,
                         Map<String, String> env) {
        this.console = List.copyOf(console);
        this.bareWindow = List.copyOf(bareWindow);
        this.installed = List.copyOf(installed);
        this.env = Map.copyOf(env);
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public String compared() {
        return "java -jar to interactive window vs a bare JavaFX window (one label) started the same way";
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
        int runs = quick ? 1 : 5; // quick: shows that every start works; the full run measures
        long settle = quick ? 500 : 6000;
        Starts ours = new Starts();
        Starts bare = new Starts();
        Starts app = new Starts();
        for (int i = 0; i < runs; i++) {
            // interleaved, so a slower moment of the machine slows each alike
            ours.add(startOnce(console, Map.of(), settle, true));
            bare.add(startOnce(bareWindow, Map.of(), settle, false));
            if (!installed.isEmpty()) {
                app.add(startOnce(installed, Map.of("JAVA_TOOL_OPTIONS", "-Dloungedesk.readyLine=true"), settle, true));
            }
        }
        Stats c = Stats.of(ours.connectedMs());
        report.note(ours.summary("java -jar") + String.format("; services connected ms median %.0f", c.median()));
        report.note(bare.summary("bare JavaFX window"));
        report.add(BenchResult.atMost(name(), "java -jar to interactive window (median)", "ms",
                Stats.of(ours.readyMs()).median(), Stats.of(bare.readyMs()).median(), JAR_WINDOW_MS));
        report.add(BenchResult.info(name(), "java -jar to services connected (median)", "ms", c.median(),
                Stats.of(bare.readyMs()).median()));
        report.add(BenchResult.info(name(), "java -jar resident memory, image source running (median)", "MB",
                Stats.of(ours.rssMb()).median(), Stats.of(bare.rssMb()).median()));
        if (installed.isEmpty()) {
            report.note("installed app: not measured (give its launcher with --installed, e.g. "
                    + "--installed target/installer/LoungeDesk/bin/LoungeDesk)");
            return;
        }
        report.note(app.summary("installed app"));
        report.add(BenchResult.atMost(name(), "installed app to interactive window (median)", "ms",
                Stats.of(app.readyMs()).median(), Stats.of(bare.readyMs()).median(), INSTALLED_WINDOW_MS));
        report.add(BenchResult.atMost(name(), "installed app resident memory, image source running (median)", "MB",
                Stats.of(app.rssMb()).median(), Stats.of(bare.rssMb()).median(), INSTALLED_RSS_MB));
    }

    private Start startOnce(List<String> command, Map<String, String> extraEnv, long settleMillis,
                            boolean connects) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().putAll(extraEnv);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            Lines lines = new Lines();
            DaemonThreads.start("start-bench-reader", () -> lines.read(p));
            long readyAt = lines.ready.get(60, TimeUnit.SECONDS);
            long connectedAt = connects ? lines.connected.get(60, TimeUnit.SECONDS) : readyAt;
            if (readyAt < 0 || connectedAt < 0) {
                throw new IllegalStateException(command.get(command.size() - 1)
                        + " exited before its window was ready" + (connects ? " and connected" : ""));
            }
            Thread.sleep(settleMillis);
            return new Start((readyAt - t0) / 1e6, (connectedAt - t0) / 1e6, rssMb(p.pid()));
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
