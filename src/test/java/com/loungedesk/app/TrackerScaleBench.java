package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.orders.OrderTracker;
import com.loungedesk.sandbox.DemoPasses;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures with 10,000 usage orders on the real sandbox: requests per idle poll and the heap the
 * tracked orders take. Slow (10,000 simulated walk-ins), so it runs only with -Dloungedesk.bench=true:
 * {@code mvn -B test -Dtest=TrackerScaleBench -Dloungedesk.bench=true}.
 */
@EnabledIfSystemProperty(named = "loungedesk.bench", matches = "true")
class TrackerScaleBench {

    @TempDir
    Path dir;

    @Test
    void tenThousandOrdersOnePollRequestPerKeyAndASmallHeap() throws Exception {
        try (SandboxFixture sandbox = new SandboxFixture(dir)) {
            List<String> passes = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                passes.add(sandbox.post("/sandbox/passes", "{\"kind\":\"walkin\",\"entitlements\":100}")
                        .get("reference").asText());
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (String reference : passes) {
                work.add(pool.submit(() -> {
                    for (int v = 0; v < 100; v++) {
                        sandbox.post("/sandbox/simulate/walkin", "{\"reference\":\"" + reference + "\"}");
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            long before = usedHeap();
            try (ClientServices services = ClientServices.open(
                    SandboxFixture.settings(sandbox.url()).withBackend(sandbox.url(), List.of(DemoPasses.DEMO_KEY)),
                    sandbox.url(), dir.resolve("data"), dir.resolve("config"), OrderTracker.Settings.defaults())) {
                long t0 = System.nanoTime();
                assertTrue(services.tracker().pollOnce());
                long firstMs = (System.nanoTime() - t0) / 1_000_000;
                int firstRequests = services.tracker().lastPollRequests();
                assertTrue(services.tracker().size() >= 10_000, "tracked " + services.tracker().size());
                long after = usedHeap();
                long t1 = System.nanoTime();
                assertTrue(services.tracker().pollOnce());
                long idleMs = (System.nanoTime() - t1) / 1_000_000;
                assertEquals(1, services.tracker().lastPollRequests());
                System.out.printf("FIGURE %d orders: first poll %d requests in %d ms; idle poll %d request in %d ms; "
                                + "heap for the tracked orders ~%d MB (used heap %d MB -> %d MB)%n",
                        services.tracker().size(), firstRequests, firstMs, services.tracker().lastPollRequests(), idleMs,
                        (after - before) / (1024 * 1024), before / (1024 * 1024), after / (1024 * 1024));
            }
        }
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
