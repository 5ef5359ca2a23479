package com.loungedesk.app;

import com.loungedesk.bench.Scenario;
import java.util.List;

/** The benchmark scenarios, in the order they run. */
final class BenchScenarios {
    private BenchScenarios() {
    }

    static List<Scenario> all() {
        return List.of();
    }
}
