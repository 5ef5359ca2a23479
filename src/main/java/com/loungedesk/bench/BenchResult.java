package com.loungedesk.bench;

/**
 * One measured figure, ours beside the compared alternative.
 *
 * @param scenario which scenario measured it
 * @param metric   what was measured (e.g. "p95 latency")
 * @param unit     ms, /s, requests, MB, ratio...
 * @param ours     our figure
 * @param baseline the alternative's figure in the same run, or NaN when there is none
 * @param goal     the goal in words (e.g. "<= 60"), or empty
 * @param met      whether the goal was met; null when there is no goal
 */
public record BenchResult(String scenario, String metric, String unit, double ours, double baseline, String goal,
                          Boolean met) {

    /** ours / baseline, or NaN when there is no baseline. */
    public double ratio() {
        return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : ours / baseline;
    }

    public static BenchResult atMost(String scenario, String metric, String unit, double ours, double baseline,
                                     double limit) {
        return new BenchResult(scenario, metric, unit, ours, baseline, "<= " + Fmt.num(limit), ours <= limit);
    }

    public static BenchResult atLeast(String scenario, String metric, String unit, double ours, double baseline,
                                      double limit) {
        return new BenchResult(scenario, metric, unit, ours, baseline, ">= " + Fmt.num(limit), ours >= limit);
    }

    public static BenchResult info(String scenario, String metric, String unit, double ours, double baseline) {
        return new BenchResult(scenario, metric, unit, ours, baseline, "", null);
    }
}
