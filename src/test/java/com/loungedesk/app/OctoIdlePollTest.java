package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.bench.Backend;
import com.loungedesk.bench.PollingScenario;
import org.junit.jupiter.api.Test;

/**
 * What the README's polling figure for a plain OCTO supplier rests on: with 100 of today's bookings an idle
 * poll is one request (today's bookings), and the server counts it.
 */
class OctoIdlePollTest {

    @Test
    void anIdlePollOfAPlainSupplierWithAHundredBookingsIsOneRequest() throws Exception {
        try (Backend supplier = BenchScenarios.freshOctoSupplier()) {
            supplier.preload(100);
            try (PollingScenario.Tracker tracker = BenchScenarios.tracker(supplier)) {
                assertTrue(tracker.pollOnce());
                assertTrue(tracker.size() >= 100, "tracked " + tracker.size());
                Backend.Served before = supplier.served();
                assertTrue(tracker.pollOnce());
                assertEquals(1, tracker.lastPollRequests());
                long deadline = System.nanoTime() + 10_000_000_000L; // the server books a request as it completes
                while (supplier.served().since(before).requests() < 1 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertEquals(1, supplier.served().since(before).requests());
            }
        }
    }
}
