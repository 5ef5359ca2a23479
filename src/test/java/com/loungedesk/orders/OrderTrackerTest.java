package com.loungedesk.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.OrdersClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderTrackerTest {

    private MockWebServer server;
    private FakeOrdersBackend backend;
    private HttpGateway gateway;
    private OrderTracker tracker;
    private final List<OrderChange> changes = new CopyOnWriteArrayList<>();
    private final List<FeedHealth> healths = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        backend = new FakeOrdersBackend();
        server = new MockWebServer();
        server.setDispatcher(backend);
        server.start();
        gateway = new HttpGateway(ApiConfig.of(server.url("/").toString(), false), Json.mapper());
        tracker = new OrderTracker(new OrdersClient(gateway), List.of("k1"),
                new OrderTracker.Settings(Duration.ofMillis(100), Duration.ofSeconds(30), 3, 20_000, null),
                Clock.systemUTC(), () -> 0);
        tracker.addListener(new OrderFeed.Listener() {
            @Override
            public void ordersChanged(List<OrderChange> c) {
                changes.addAll(c);
            }

            @Override
            public void healthChanged(FeedHealth h) {
                healths.add(h);
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        tracker.close();
        gateway.close();
        server.shutdown();
    }

    @Test
    void anIdlePollIsOneRequestWith10000OrdersTracked() {
        for (int i = 0; i < 10_000; i++) {
            backend.put("DP" + i, 1, 2);
        }
        assertTrue(tracker.pollOnce());
        assertEquals(10_000, tracker.size());
        assertEquals(20, tracker.lastPollRequests(), "10,000 orders in pages of 500");
        int before = backend.requests.get();
        assertTrue(tracker.pollOnce());
        assertEquals(1, tracker.lastPollRequests());
        assertEquals(before + 1, backend.requests.get());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("FIGURE idle poll requests with %d orders: %d; used heap after GC: %d MB%n", tracker.size(),
                tracker.lastPollRequests(), (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }

    @Test
    void aStatusChangeIsToldOnceAndNothingIsSeenTwice() {
        backend.put("DP1", 1, 2);
        tracker.pollOnce();
        assertEquals(1, changes.size());
        assertNull(changes.get(0).previous());
        backend.put("DP1", 1, 3);
        tracker.pollOnce();
        tracker.pollOnce();
        assertEquals(2, changes.size());
        assertTrue(changes.get(1).statusChanged());
        assertEquals(OrderStatus.CANCELLED, changes.get(1).current().status());
        assertEquals("k1", tracker.keyOf("DP1").orElseThrow());
        assertTrue(tracker.tracked("DP1").orElseThrow().staleness().compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void failuresBackOffAndTheFirstGoodAnswerSnapsBack() throws Exception {
        backend.failing = true;
        assertFalse(tracker.pollOnce());
        assertEquals(FeedState.RETRYING, tracker.health().state());
        assertEquals("Down for a test", tracker.health().message());
        tracker.pollOnce();
        tracker.pollOnce();
        assertEquals(FeedState.OFFLINE, tracker.health().state());
        backend.failing = false;
        assertTrue(tracker.pollOnce());
        assertEquals(FeedState.ONLINE, tracker.health().state());
        assertTrue(tracker.health().lastGoodPoll() != null);
    }

    @Test
    void theBackoffGrowsWithJitterAndIsCappedAt30Seconds() {
        OrderTracker t = new OrderTracker(null, List.of(), OrderTracker.Settings.defaults(), Clock.systemUTC(), () -> 0);
        assertEquals(Duration.ofSeconds(2), t.nextDelay(0));
        for (int failures = 1; failures < 40; failures++) {
            long expected = Math.min(2000L << Math.min(failures, 16), 30_000);
            long d = t.nextDelay(failures).toMillis();
            assertTrue(d >= expected / 2 && d <= expected, failures + " failures: " + d);
        }
    }

    @Test
    void theScheduleRunsByItselfAndSeesNewOrders() throws Exception {
        tracker.start();
        backend.put("DP7", 1, 2);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((tracker.tracked("DP7").isEmpty() || tracker.health().state() != FeedState.ONLINE)
                && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertTrue(tracker.tracked("DP7").isPresent());
        assertEquals(FeedState.ONLINE, tracker.health().state());
    }

    @Test
    void aPushedCancellationBeforeThePolledCreationWins() {
        tracker.acceptPushed(Orders.walkIn("DP9", OrderStatus.CANCELLED, 0));
        backend.put("DP9", 1, 2);
        tracker.pollOnce();
        assertEquals(OrderStatus.CANCELLED, tracker.tracked("DP9").orElseThrow().order().status());
        assertEquals(NewsSource.PUSH, tracker.tracked("DP9").orElseThrow().source());
        assertTrue(tracker.health().lastPushNews() != null);
    }

    @Test
    void memoryStaysBoundedPastTheCapacity() {
        OrderTracker small = new OrderTracker(null, List.of(), new OrderTracker.Settings(Duration.ofSeconds(2),
                Duration.ofSeconds(30), 3, 100, null), Clock.systemUTC(), () -> 0);
        for (int i = 0; i < 1000; i++) {
            small.acceptPushed(Orders.walkIn("P" + i, OrderStatus.USED, 1));
        }
        assertEquals(100, small.size());
        assertEquals("P999", small.snapshot().get(99).orderId());
    }
}
