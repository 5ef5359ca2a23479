package com.loungedesk.bench.decode;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our pipeline and stock ZXing at its best measured side by side over one corpus in one run.
 *
 * @param mode     how frames were fed (see {@link DecodeBenchmark})
 * @param frames   scenes measured
 * @param ours     our pipeline
 * @param stock    stock ZXing at its best ({@link BestStock})
 * @param byFormat per pass format: codes read by each side, of how many
 * @param byKind   per kind of image (format, paper or phone, dark mode): codes read by each side, of how many
 */
public record DecodeFigures(String mode, int frames, SideFigures ours, SideFigures stock, Map<String, Counts> byFormat,
                            Map<String, Counts> byKind) {

    /** Codes read by ours and by stock, of the coded scenes. */
    public record Counts(int ours, int stock, int coded) {
        @Override
        public String toString() {
            return ours + "/" + stock + "/" + coded;
        }
    }

    /** Codes read ours / stock (goal: at least 2.3 on the scene corpus). */
    public double rateRatio() {
        return stock.decoded() == 0 ? Double.POSITIVE_INFINITY : (double) ours.decoded() / stock.decoded();
    }

    /** Mean time per frame ours / stock, empty frames included. */
    public double meanTimeRatio() {
        return ours.frameMs().mean() / stock.frameMs().mean();
    }

    /** The pass formats, then the kinds of image, where ours read fewer codes than stock (goal: none). */
    public List<String> behindStock() {
        return java.util.stream.Stream.concat(byFormat.entrySet().stream(), byKind.entrySet().stream())
                .filter(e -> e.getValue().ours() < e.getValue().stock())
                .map(e -> e.getKey() + " " + e.getValue()).toList();
    }

    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "decode (%s, %d scenes of 1280x720)%n", mode, frames));
        s.append(String.format(Locale.ROOT, "%-38s %9s %7s %8s %8s %8s %9s %9s %8s%n", "decoder", "decoded", "misread",
                "mean ms", "p95 ms", "max ms", "empty mn", "empty p95", "cpu mean"));
        for (SideFigures f : new SideFigures[] {ours, stock}) {
            s.append(String.format(Locale.ROOT, "%-38s %4d/%-4d %7d %8.1f %8.1f %8.1f %9.1f %9.1f %8.1f%n",
                    f.decoder(), f.decoded(), f.coded(), f.misreads(), f.frameMs().mean(), f.frameMs().p95(),
                    f.frameMs().max(), f.emptyMs().mean(), f.emptyMs().p95(), f.cpuMs().mean()));
        }
        s.append(String.format(Locale.ROOT, "read ratio %.2fx (goal >= 2.3), mean time ratio %.3fx; ours mean %.1f ms "
                + "(goal <= 8), p95 %.1f ms (goal <= 20), every frame counted, empty ones included%n", rateRatio(),
                meanTimeRatio(), ours.frameMs().mean(), ours.frameMs().p95()));
        s.append("  read by ours/stock/coded, per format: ").append(byFormat).append(System.lineSeparator());
        s.append("  per kind of image: ").append(byKind).append(System.lineSeparator());
        List<String> behind = behindStock();
        s.append("  where ours read fewer than stock: ").append(behind.isEmpty() ? "nowhere" : behind)
                .append(System.lineSeparator());
        return s.toString();
    }
}
