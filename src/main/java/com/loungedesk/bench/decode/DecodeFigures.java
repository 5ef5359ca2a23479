package com.loungedesk.bench.decode;

import java.util.Locale;
import java.util.Map;

/**
 * Our pipeline and stock ZXing measured side by side over one corpus in one run.
 *
 * @param mode    how frames were fed (see {@link DecodeBenchmark})
 * @param frames  frames measured per decoder
 * @param ours    our pipeline
 * @param stock   stock ZXing: MultiFormatReader + TRY_HARDER over BufferedImageLuminanceSource
 * @param byFormat per format: "ours/stock/coded" decoded counts
 */
public record DecodeFigures(String mode, int frames, SideFigures ours, SideFigures stock, Map<String, String> byFormat) {

    /** Decode rate ours / stock (goal: at least 1.10). */
    public double rateRatio() {
        return stock.decoded() == 0 ? Double.POSITIVE_INFINITY : (double) ours.decoded() / stock.decoded();
    }

    /** Median time per frame ours / stock (goal: at most 0.5). */
    public double timeRatio() {
        return ours.medianMs() / stock.medianMs();
    }

    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "decode (%s, %d frames of 1280x720)%n", mode, frames));
        s.append(String.format(Locale.ROOT, "%-26s %9s %8s %9s %9s %9s %8s %10s%n", "decoder", "decoded", "misread",
                "median ms", "p95 ms", "empty ms", "cpu ms", "cpu empty"));
        for (SideFigures f : new SideFigures[] {ours, stock}) {
            s.append(String.format(Locale.ROOT, "%-26s %4d/%-4d %8d %9.1f %9.1f %9.1f %8.1f %10.1f%n", f.decoder(),
                    f.decoded(), f.coded(), f.misreads(), f.medianMs(), f.p95Ms(), f.emptyMedianMs(), f.cpuMedianMs(),
                    f.cpuEmptyMedianMs()));
        }
        s.append(String.format(Locale.ROOT, "rate ratio %.2fx (goal >= 1.10), time ratio %.2fx (goal <= 0.50), "
                + "empty frame %.1f ms wall, %.1f ms cpu (goal <= 10)%n", rateRatio(), timeRatio(), ours.emptyMedianMs(),
                ours.cpuEmptyMedianMs()));
        byFormat.forEach((format, counts) -> s.append("  ").append(format).append(" ours/stock/coded ")
                .append(counts).append(System.lineSeparator()));
        return s.toString();
    }
}
