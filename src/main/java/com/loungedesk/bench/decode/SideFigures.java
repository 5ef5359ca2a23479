package com.loungedesk.bench.decode;

/**
 * One decoder's figures over a corpus.
 *
 * @param decoder       a short name ("ours", "stock ZXing TRY_HARDER")
 * @param coded         frames holding a code
 * @param decoded       of those, frames read with exactly the expected text
 * @param misreads      frames read with a wrong text, or a code "found" in an empty frame
 * @param medianMs      median time per frame (all frames), milliseconds
 * @param p95Ms         95th percentile time per frame (all frames), milliseconds
 * @param emptyMedianMs median time per empty frame, milliseconds
 * @param cpuMedianMs   median CPU time of the decoding thread per frame, milliseconds: unlike wall time it
 *                      does not grow when other programs share the cores (JIT and GC threads not counted)
 * @param cpuEmptyMedianMs median CPU time per empty frame, milliseconds
 */
public record SideFigures(String decoder, int coded, int decoded, int misreads, double medianMs, double p95Ms,
                          double emptyMedianMs, double cpuMedianMs, double cpuEmptyMedianMs) {

    public double rate() {
        return coded == 0 ? 0 : (double) decoded / coded;
    }
}
