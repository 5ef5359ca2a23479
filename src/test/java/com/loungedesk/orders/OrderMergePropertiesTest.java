package com.loungedesk.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/**
 * Any order of any news about one order (true history, duplicated, shuffled, with or without
 * revisions) ends where the rules say: the last true status, unless a final status was seen first.
 */
class OrderMergePropertiesTest {

    private static final List<List<OrderStatus>> HISTORIES = List.of(
            List.of(OrderStatus.USED), List.of(OrderStatus.USED, OrderStatus.CANCELLED),
            List.of(OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.USED),
            List.of(OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.CANCELLED),
            List.of(OrderStatus.PENDING, OrderStatus.FAILED), List.of(OrderStatus.PENDING, OrderStatus.CANCELLED));

    record News(int history, List<Integer> order, List<Boolean> withRevision) {
    }

    @Provide
    Arbitrary<News> news() {
        return Arbitraries.integers().between(0, HISTORIES.size() - 1).flatMap(h -> {
            int n = HISTORIES.get(h).size();
            Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, n - 1).list().ofMinSize(n).ofMaxSize(3 * n)
                    .filter(l -> l.containsAll(java.util.stream.IntStream.range(0, n).boxed().toList()));
            return Combinators.combine(picks, Arbitraries.of(true, false).list().ofSize(3 * n))
                    .as((p, r) -> new News(h, p, r));
        });
    }

    @Property(tries = 3000)
    void anyOrderOfNewsEndsInTheStatusTheRulesDefine(@ForAll("news") News news) {
        List<OrderStatus> history = HISTORIES.get(news.history());
        OrderCategory category = history.get(0) == OrderStatus.USED ? OrderCategory.WALK_IN : OrderCategory.PREBOOKING;
        UsageOrder kept = null;
        List<OrderStatus> seen = new ArrayList<>();
        for (int i = 0; i < news.order().size(); i++) {
            int step = news.order().get(i);
            long revision = news.withRevision().get(i) ? step + 1 : 0;
            UsageOrder incoming = new UsageOrder("o", category, 1, history.get(step), "R", List.of("C"), "dp", "p",
                    "hub", "res", 1, 0, Instant.EPOCH, null, null, Instant.EPOCH.plusSeconds(step), revision);
            OrderStatus before = kept == null ? null : kept.status();
            kept = OrderMerge.merge(kept, incoming).kept();
            if (before != null && before != kept.status()) {
                assertTrue(OrderMerge.reachable(category, before, kept.status()), before + " -> " + kept.status());
            }
            seen.add(history.get(step));
        }
        OrderStatus last = history.get(history.size() - 1);
        OrderStatus firstFinal = seen.stream().filter(s -> OrderMerge.isFinal(category, s)).findFirst().orElse(null);
        assertEquals(firstFinal != null ? firstFinal : last, kept.status());
    }
}
