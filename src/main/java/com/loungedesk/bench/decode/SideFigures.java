package com.loungedesk.bench.decode;

import com.loungedesk.bench.Stats;

/**
 * One decoder's figures over a corpus.
 *
 * @param decoder  a short name ("ours, live schedule", "stock ZXing best")
 * @param coded    frames holding a code
 * @param decoded  of those, frames read with exactly the expected text
 * @param misreads frames read with a wrong text, or a code "found" in an empty frame
 * @param frameMs  wall time per frame, every frame (empty ones included), milliseconds
 * @param emptyMs  wall time per empty frame, milliseconds
 * @param cpuMs    CPU time of the decoding thread per frame, milliseconds: unlike wall time it does not
 *                 grow when other programs share the cores (JIT and GC threads not counted)
 * @param cpuEmptyMs CPU time per empty frame, milliseconds
 */
public record SideFigures(String decoder, int coded, int decoded, int misreads, Stats frameMs, Stats emptyMs,
                          Stats cpuMs, Stats cpuEmptyMs) {

    public double rate() {
        return coded == 0 ? 0 : (double) decoded / coded;
    }
}
