package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.OrdersClient;
import com.loungedesk.orders.OrderCategory;
import com.loungedesk.orders.OrderMerge;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.orders.UsageOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Extends OrderMergePropertiesTest (true histories shuffled) to ANY news: random statuses, revisions
 * present or not and in any order, for any category. Whatever arrives, an order never moves backwards
 * or illegally, a final status stays, a known revision never goes down, the same news twice changes
 * nothing; and the real OrderTracker, fed the news of several orders interleaved, ends with exactly
 * what the rules give each order and announces exactly the changes.
 */
class OrderNewsPropertiesTest {

    private static final List<OrderStatus> KNOWN = List.of(OrderStatus.PENDING, OrderStatus.CONFIRMED,
            OrderStatus.USED, OrderStatus.CANCELLED, OrderStatus.FAILED);
    private static HttpGateway gateway;

    /** The book warns about every illegal move; thousands of generated ones would drown the build log. */
    private static final ch.qos.logback.classic.Logger BOOK_LOG =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.loungedesk.orders.OrderBook");
    private static ch.qos.logback.classic.Level bookLevel;

    @BeforeContainer
    static void gateway() throws Exception {
        gateway = new HttpGateway(ApiConfig.of("http://127.0.0.1:9", false), Json.mapper());
        bookLevel = BOOK_LOG.getLevel();
        BOOK_LOG.setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    @AfterContainer
    static void close() {
        gateway.close();
        BOOK_LOG.setLevel(bookLevel);
    }

    record News(int order, OrderStatus status, long revision) {
    }

    static UsageOrder order(String id, OrderCategory category, News n) {
        return new UsageOrder(id, category, 1, n.status(), "R", List.of("C"), "dp", "p", "hub", "res", 1, 0,
                Instant.EPOCH, null, null, Instant.EPOCH.plusSeconds(n.revision()), n.revision());
    }

    @Provide
    Arbitrary<List<News>> news() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(KNOWN),
                Arbitraries.longs().between(0, 8)).as(News::new).list().ofMinSize(1).ofMaxSize(14);
    }

    @Property(tries = 70_000)
    void anyNewsInAnyOrderNeverMovesAnOrderBackwards(@ForAll("news") List<News> news,
                                                      @ForAll OrderCategory category) {
        UsageOrder kept = null;
        for (News n : news) {
            UsageOrder incoming = order("o", category, n);
            UsageOrder before = kept;
            OrderMerge.Result r = OrderMerge.merge(kept, incoming);
            kept = r.kept();
            if (before != null) {
                if (before.status() != kept.status()) {
                    UsageOrder from = before;
                    UsageOrder to = kept;
                    assertTrue(OrderMerge.reachable(category, from.status(), to.status()),
                            () -> from.status() + " -> " + to.status() + " in " + news);
                }
                if (OrderMerge.isFinal(category, before.status())) {
                    assertEquals(before.status(), kept.status(), () -> "a final status stays: " + news);
                }
                if (before.revision() > 0 && incoming.revision() > 0) {
                    assertTrue(kept.revision() >= before.revision(), () -> "revision went down: " + news);
                }
            }
            assertFalse(OrderMerge.merge(kept, incoming).outcome().changed(), () -> "the same news twice changed it: " + news);
        }
    }

    @Property(tries = 6_000)
    void theTrackerFedInterleavedNewsOfSeveralOrdersEndsWhereTheRulesPutEachOrder(@ForAll("news") List<News> news,
                                                                                 @ForAll OrderCategory category) {
        try (OrderTracker tracker = new OrderTracker(new OrdersClient(gateway), List.of("k"),
                OrderTracker.Settings.defaults(), Clock.systemUTC(), () -> 0)) {
            AtomicInteger announced = new AtomicInteger();
            Map<String, UsageOrder> expected = new HashMap<>();
            int changes = 0;
            for (News n : news) {
                String id = "o" + n.order();
                UsageOrder incoming = order(id, category, n);
                OrderMerge.Result r = OrderMerge.merge(expected.get(id), incoming);
                expected.put(id, r.kept());
                changes += r.outcome().changed() ? 1 : 0;
                announced.addAndGet(tracker.acceptPushed(incoming).size());
            }
            Map<String, String> view = new HashMap<>();
            tracker.snapshot().forEach(o -> view.put(o.orderId(), o.status() + "@" + o.revision()));
            Map<String, String> rules = new HashMap<>();
            expected.forEach((id, o) -> rules.put(id, o.status() + "@" + o.revision()));
            assertEquals(rules, view);
            assertEquals(changes, announced.get(), "exactly the changes are announced");
        }
    }
}
