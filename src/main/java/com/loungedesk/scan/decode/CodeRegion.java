package com.loungedesk.scan.decode;

/**
 * Finds where a code most likely is: the window with the most strong horizontal and vertical edges,
 * measured on coarse blocks. Cheap (one pass over the pixels), used to centre a crop for detectors
 * that search outward from the image centre.
 */
final class CodeRegion {
    private static final int BLOCK = 8;
    private static final int EDGE = 24;

    private CodeRegion() {
    }

    /** The centre {x, y} and half-size of the busiest square window, in the frame's pixels, or null. */
    static int[] find(LumaFrame frame) {
        int bw = frame.width() / BLOCK;
        int bh = frame.height() / BLOCK;
        if (bw < 8 || bh < 8) {
            return null;
        }
        int[] integral = new int[(bw + 1) * (bh + 1)];
        byte[] y = frame.luma();
        int w = frame.width();
        for (int by = 0; by < bh; by++) {
            int rowSum = 0;
            for (int bx = 0; bx < bw; bx++) {
                int edges = 0;
                for (int py = by * BLOCK; py < by * BLOCK + BLOCK; py += 2) {
                    int base = py * w + bx * BLOCK;
                    for (int px = 0; px < BLOCK - 1; px++) {
                        int here = y[base + px] & 0xFF;
                        if (Math.abs(here - (y[base + px + 1] & 0xFF)) > EDGE
                                || Math.abs(here - (y[base + px + w] & 0xFF)) > EDGE) {
                            edges++;
                        }
                    }
                }
                rowSum += edges;
                integral[(by + 1) * (bw + 1) + bx + 1] = integral[by * (bw + 1) + bx + 1] + rowSum;
            }
        }
        int window = Math.max(4, Math.min(bw, bh) / 3);
        int best = -1;
        int bestX = 0;
        int bestY = 0;
        for (int by = 0; by + window <= bh; by++) {
            for (int bx = 0; bx + window <= bw; bx++) {
                int sum = integral[(by + window) * (bw + 1) + bx + window] - integral[by * (bw + 1) + bx + window]
                        - integral[(by + window) * (bw + 1) + bx] + integral[by * (bw + 1) + bx];
                if (sum > best) {
                    best = sum;
                    bestX = bx;
                    bestY = by;
                }
            }
        }
        if (best <= 0) {
            return null;
        }
        return new int[] {(bestX + window / 2) * BLOCK, (bestY + window / 2) * BLOCK, window * BLOCK};
    }
}
