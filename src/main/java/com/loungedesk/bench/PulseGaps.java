package com.loungedesk.bench;

import java.util.Arrays;

/**
 * The gaps between consecutive JavaFX pulses (the time stamps an animation timer saw), in milliseconds:
 * their percentiles and how many were stalls (a gap long enough that the window visibly froze).
 */
public final class PulseGaps {

    /** A gap above this is a stalled frame: three frames missed at 60 Hz, and the goal's p99 limit. */
    public static final double STALL_MS = 50;
    private final double[] gapsMs;

    private PulseGaps(double[] gapsMs) {
        this.gapsMs = gapsMs;
    }

    /**
     * @param pulseNanos pulse time stamps in nanoseconds, in the order the pulses ran
     * @throws IllegalArgumentException when a time stamp goes backwards
     */
    public static PulseGaps fromPulseTimes(long[] pulseNanos) {
        return fromPulseTimes(pulseNanos, Long.MAX_VALUE);
    }

    /**
     * Only the pulses up to {@code endNanos}, and the first one after it: the gap that spans the end
     * still counts (a window frozen when the load ends is frozen under the load).
     */
    public static PulseGaps fromPulseTimes(long[] pulseNanos, long endNanos) {
        int n = 0;
        while (n < pulseNanos.length && pulseNanos[n] <= endNanos) {
            n++;
        }
        return gaps(java.util.Arrays.copyOf(pulseNanos, Math.min(pulseNanos.length, n + 1)));
    }

    private static PulseGaps gaps(long[] pulseNanos) {
        double[] gaps = new double[Math.max(0, pulseNanos.length - 1)];
        for (int i = 1; i < pulseNanos.length; i++) {
            long gap = pulseNanos[i] - pulseNanos[i - 1];
            if (gap < 0) {
                throw new IllegalArgumentException("pulse " + i + " is earlier than the pulse before it");
            }
            gaps[i - 1] = gap / 1e6;
        }
        return new PulseGaps(gaps);
    }

    /** How many gaps were measured (pulses - 1). */
    public int count() {
        return gapsMs.length;
    }

    public Stats stats() {
        return Stats.of(gapsMs);
    }

    /**
     * The gap length that {@code q} (0..1) of the measured time was spent in gaps no longer than. Unlike
     * the plain percentile over gaps, a freeze weighs by its length: a console that pulses less often
     * (its FX thread busy elsewhere) has fewer gaps, so one long freeze is one gap of many but a large
     * share of the time. NaN without gaps.
     */
    public double timeWeightedPercentile(double q) {
        double[] sorted = gapsMs.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(sorted).sum();
        if (sorted.length == 0 || total == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double gap : sorted) {
            sum += gap;
            if (sum >= q * total) {
                return gap;
            }
        }
        return sorted[sorted.length - 1];
    }

    /** Gaps longer than {@code overMs}. */
    public int stallsOver(double overMs) {
        return (int) Arrays.stream(gapsMs).filter(g -> g > overMs).count();
    }

    /** Stalled frames: gaps over {@link #STALL_MS}. */
    public int stalls() {
        return stallsOver(STALL_MS);
    }

    /** Total time the stalls took beyond a normal frame, in ms (how long the window looked frozen). */
    public double stalledMs() {
        return Arrays.stream(gapsMs).filter(g -> g > STALL_MS).sum();
    }

    /** The share of the measured time spent in stalls, 0..1 (NaN without gaps). */
    public double stalledShare() {
        double all = Arrays.stream(gapsMs).sum();
        return all == 0 ? Double.NaN : stalledMs() / all;
    }

    /** One line for the report: p50 / p95 / p99 / max and the stalls. */
    public String summary() {
        Stats s = stats();
        return String.format("%d gaps: p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms; %d stalls over %.0f ms "
                + "(%.0f ms in all)", count(), s.median(), s.p95(), s.p99(), s.max(), stalls(), STALL_MS, stalledMs());
    }
}
