package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.app.ClientServices;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.orders.UsageOrder;
import com.loungedesk.sandbox.DemoPasses;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many real desks (each its own ClientServices: journal, outbox, OrderTracker polling every 0.5 s)
 * redeem and cancel against one sandbox while a simulator adds walk-ins made elsewhere and cancels
 * random usages. Afterwards: no redemption lost or doubled (orders per pass = redeems made on it, every
 * order id answered once), and every desk's tracker holds exactly the server's orders, statuses and
 * revisions. Short in the normal run (10 desks x 5 s); 50 desks x 60 s with -Dloungedesk.slow=true.
 */
class DeskLoadTest {

    private static final boolean SLOW = Boolean.getBoolean("loungedesk.slow");
    private static final int DESKS = SLOW ? 50 : 10;
    private static final Duration RUN = Duration.ofSeconds(SLOW ? 60 : 5);

    @TempDir
    Path dir;

    @Test
    void manyDesksLoseNothingDoubleNothingAndEndWithTheServersView() throws Exception {
        try (LiveSandbox sandbox = new LiveSandbox(dir)) {
            List<String> elsewhere = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                elsewhere.add(sandbox.newWalkIn(100));
            }
            List<LoadDeskRun> desks = new ArrayList<>();
            for (int d = 0; d < DESKS; d++) {
                List<String> passes = new ArrayList<>();
                for (int p = 0; p < (SLOW ? 8 : 4); p++) {
                    passes.add(sandbox.newWalkIn(LoadDeskRun.ENTITLEMENTS));
                }
                ClientServices services = ClientServices.open(LiveSandbox.settings(sandbox.url()), sandbox.url(),
                        dir.resolve("desk-" + d), dir.resolve("config"), new OrderTracker.Settings(Duration.ofMillis(500), Duration.ofSeconds(5),
                                3, 50_000, null));
                desks.add(new LoadDeskRun("desk-" + d, services, passes, d));
            }
            ExecutorService pool = Executors.newFixedThreadPool(DESKS + 1);
            long deadline = System.nanoTime() + RUN.toNanos();
            AtomicLong simulated = new AtomicLong();
            AtomicLong simulatedCancels = new AtomicLong();
            try {
                desks.forEach(d -> d.services().start());
                List<Future<?>> running = new ArrayList<>();
                desks.forEach(d -> running.add(pool.submit(() -> d.run(deadline))));
                running.add(pool.submit(() -> simulate(sandbox, elsewhere, desks, deadline, simulated, simulatedCancels)));
                for (Future<?> f : running) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            long queued = 0;
            for (LoadDeskRun d : desks) {
                d.services().tracker().stop();
                com.loungedesk.redemption.SyncReport sync = d.services().outboxSync().syncOnce();
                assertEquals(0, sync.kept() + sync.refused(), d.name() + " still holds or lost actions: " + sync);
                queued += d.queued();
            }
            Map<String, JsonNode> server = new HashMap<>();
            for (String key : DemoPasses.DEMO_KEYS) {
                sandbox.orders(key).forEach(o -> server.put(o.get("orderId").asText(), o));
            }
            Map<String, Integer> ordersPerCode = new HashMap<>();
            server.values().forEach(o -> o.get("redemptionCodes").forEach(c -> ordersPerCode.merge(c.asText(), 1, Integer::sum)));
            long redeems = 0;
            long cancels = 0;
            List<String> answered = new ArrayList<>();
            for (LoadDeskRun d : desks) {
                assertTrue(d.problems().isEmpty(), d.name() + ": " + d.problems());
                redeems += d.redeemed().size();
                cancels += d.cancelled().size();
                answered.addAll(d.redeemed());
                for (Map.Entry<String, Integer> made : d.redeemsPerPass().entrySet()) {
                    assertEquals(made.getValue(), ordersPerCode.getOrDefault(made.getKey(), 0),
                            "orders on pass " + made.getKey() + " = redeems the desk made on it");
                }
                for (String cancelled : d.cancelled()) {
                    assertEquals(3, server.get(cancelled).get("status").asInt(), cancelled + " was cancelled");
                }
            }
            assertEquals(answered.size(), answered.stream().distinct().count(), "no order id answered twice");
            assertTrue(server.keySet().containsAll(answered), "every answered order exists on the server");
            for (LoadDeskRun d : desks) {
                d.services().tracker().pollOnce();
                Map<String, String> view = new HashMap<>();
                for (UsageOrder o : d.services().tracker().snapshot()) {
                    view.put(o.orderId(), o.status().code() + "@" + o.revision());
                }
                Map<String, String> truth = new HashMap<>();
                server.forEach((id, o) -> truth.put(id, o.get("status").asInt() + "@" + o.get("revision").asLong()));
                assertEquals(truth, view, d.name() + "'s tracker must hold the server's view");
                d.services().close();
            }
            assertTrue(redeems > DESKS, "the desks did work: " + redeems);
            System.out.printf("FIGURE load %d desks x %d s: %d redeems (%d of them queued, then synced), %d desk cancels, %d simulated walk-ins, %d simulated"
                            + " cancels, %d orders on the server; 0 lost, 0 doubled, %d trackers equal to the server%n",
                    DESKS, RUN.toSeconds(), redeems + queued, queued, cancels, simulated.get(), simulatedCancels.get(), server.size(), DESKS);
        }
    }

    private static void simulate(LiveSandbox sandbox, List<String> elsewhere, List<LoadDeskRun> desks, long deadline,
                                 AtomicLong walkIns, AtomicLong cancels) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(99);
        while (System.nanoTime() < deadline) {
            try {
                if (random.nextBoolean()) {
                    sandbox.envelope("POST", DemoPasses.DEMO_KEY, "/sandbox/simulate/walkin",
                            "{\"reference\":\"" + elsewhere.get(random.nextInt(elsewhere.size())) + "\"}");
                    walkIns.incrementAndGet();
                } else {
                    LoadDeskRun d = desks.get(random.nextInt(desks.size()));
                    String orderId = d.anyRedeemed(random);
                    if (orderId != null && d.markSimulatedCancel(orderId)) {
                        sandbox.envelope("POST", DemoPasses.DEMO_KEY, "/sandbox/simulate/cancel/" + orderId,
                                "{\"reason\":\"simulated\"}");
                        cancels.incrementAndGet();
                    }
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
