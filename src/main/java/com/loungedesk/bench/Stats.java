package com.loungedesk.bench;

import java.util.Arrays;
import java.util.Collection;

/** Order statistics of a set of samples (nearest-rank percentiles). */
public record Stats(int count, double min, double median, double p95, double p99, double max, double mean) {

    public static Stats of(Collection<? extends Number> samples) {
        return of(samples.stream().mapToDouble(Number::doubleValue).toArray());
    }

    public static Stats of(double[] samples) {
        if (samples.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return new Stats(s.length, s[0], rank(s, 0.50), rank(s, 0.95), rank(s, 0.99), s[s.length - 1],
                sum / s.length);
    }

    private static double rank(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
