package com.loungedesk.bench;

/** One benchmark scenario: measures ours and the obvious alternative in the same run. */
public interface Scenario {

    /** Short name used by {@code --only} and in the JSON. */
    String name();

    /** What is compared with what, one line. */
    String compared();

    /**
     * Runs the scenario and adds its figures to the report.
     *
     * @param quick true for the CI-sized run (the whole quick bench stays under a minute)
     */
    void run(boolean quick, BenchReport report) throws Exception;
}
