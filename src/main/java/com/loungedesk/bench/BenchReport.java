package com.loungedesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects results, prints them as a table and writes them as JSON a script can compare. */
public final class BenchReport {

    private static final String START_CALIBRATION = "cpuCalibrationMs";
    private final Map<String, Object> environment = environmentNow();
    private final List<BenchResult> results = new ArrayList<>();
    private final PrintStream out;

    public BenchReport(PrintStream out) {
        this.out = out;
    }

    public synchronized void add(BenchResult r) {
        results.add(r);
        out.printf("  %-38s %12s %12s %8s %10s %s%n", r.metric() + " (" + r.unit() + ")", Fmt.num(r.ours()),
                Fmt.num(r.baseline()), Fmt.num(r.ratio()), r.goal(), metWord(r.met()));
    }

    /** Prints a scenario's heading: what is compared, and the repeated-run spread of its key figure. */
    public void heading(String scenario, String compared) {
        out.printf("%n== %s: %s%n", scenario, compared);
        out.printf("  %-38s %12s %12s %8s %10s %s%n", "metric", "ours", "baseline", "ratio", "goal", "met");
    }

    /**
     * Times the fixed workload of {@link CpuCalibration} and records the figure in the environment:
     * {@code cpuCalibrationMs} the first time (before a run), {@code cpuCalibrationMsAtEnd} the second,
     * printing both then.
     */
    public void calibrate() {
        double ms = CpuCalibration.medianMillis();
        if (environment.putIfAbsent(START_CALIBRATION, ms) != null) {
            environment.put("cpuCalibrationMsAtEnd", ms);
            out.printf("%nmachine speed (fixed workload, ms, lower is faster): %s at the start, %s at the end%n",
                    environment.get(START_CALIBRATION), ms);
        }
    }

    public void note(String text) {
        out.println("  " + text);
    }

    public synchronized List<BenchResult> results() {
        return List.copyOf(results);
    }

    public Map<String, Object> environment() {
        return environment;
    }

    public void writeJson(Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BenchResult r : results()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scenario", r.scenario());
            row.put("metric", r.metric());
            row.put("unit", r.unit());
            row.put("ours", finite(r.ours()));
            row.put("baseline", finite(r.baseline()));
            row.put("ratio", finite(r.ratio()));
            row.put("goal", r.goal());
            row.put("met", r.met());
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("environment", environment);
        doc.put("results", rows);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), doc);
    }

    /** A markdown table of every result, for the README's Performance section. */
    public String markdown() {
        StringBuilder sb = new StringBuilder("| scenario | metric | unit | ours | baseline | ratio | goal | met |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (BenchResult r : results()) {
            sb.append("| ").append(r.scenario()).append(" | ").append(r.metric()).append(" | ").append(r.unit())
                    .append(" | ").append(Fmt.num(r.ours())).append(" | ").append(Fmt.num(r.baseline()))
                    .append(" | ").append(Fmt.num(r.ratio())).append(" | ").append(r.goal()).append(" | ")
                    .append(metWord(r.met())).append(" |\n");
        }
        return sb.toString();
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String metWord(Boolean met) {
        return met == null ? "" : met ? "yes" : "MISSED";
    }

    private static Map<String, Object> environmentNow() {
        Map<String, Object> env = new LinkedHashMap<>();
        Runtime rt = Runtime.getRuntime();
        env.put("time", Instant.now().toString());
        env.put("cores", rt.availableProcessors());
        env.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        env.put("maxHeapMB", rt.maxMemory() / (1024 * 1024));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        env.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        return env;
    }

    public void printEnvironment() {
        out.println("environment: " + environment);
    }
}
