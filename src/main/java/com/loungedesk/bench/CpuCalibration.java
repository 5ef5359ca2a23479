package com.loungedesk.bench;

import java.util.Arrays;

/**
 * A fixed single-thread workload, timed: how fast this machine is right now. Ratios inside one run
 * need no such figure, but absolute ones (redeems a second, start time, ms per frame) do: a shared VM's
 * speed can change twofold within a day. The bench records it at its start and its end, so two runs'
 * absolute figures can be compared, and a run during which the machine changed speed can be seen.
 */
final class CpuCalibration {

    private static final int ROUNDS = 7;
    private static final int[] DATA = new int[1 << 20];

    private CpuCalibration() {
    }

    /** Median milliseconds of one round of the workload, to 0.1 ms (lower is faster). */
    static double medianMillis() {
        double[] ms = new double[ROUNDS];
        long sink = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            sink += round(r);
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        if (sink == 42) { // keeps the work from being optimised away
            System.out.print("");
        }
        Arrays.sort(ms);
        return Math.round(ms[ROUNDS / 2] * 10) / 10.0;
    }

    /** Integer mixing over a 4 MB array, 20 passes: memory and ALU, no allocation, no intrinsics. */
    private static long round(int seed) {
        long h = seed;
        for (int pass = 0; pass < 20; pass++) {
            for (int i = 0; i < DATA.length; i++) {
                int v = DATA[i] * 0x9E3779B9 + (int) h + i;
                v ^= v >>> 15;
                DATA[i] = v;
                h = h * 31 + v;
            }
        }
        return h;
    }
}
