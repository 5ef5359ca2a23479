package com.loungedesk.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracked orders, newest change last, merged by {@link OrderMerge}. Bounded: past the capacity
 * the order whose last change is oldest is dropped, so memory stays flat.
 */
final class OrderBook {

    private static final Logger LOG = LoggerFactory.getLogger(OrderBook.class);

    record Entry(UsageOrder order, NewsSource source, Instant seenAt, int keyIndex) {
    }

    private final int capacity;
    private final Map<String, Entry> orders;

    OrderBook(int capacity) {
        this.capacity = capacity;
        this.orders = new LinkedHashMap<>(Math.min(capacity, 1 << 14) * 2, 0.75f) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > OrderBook.this.capacity;
            }
        };
    }

    /** Merges each order in turn; answers what changed (empty when nothing did). */
    synchronized List<OrderChange> apply(List<UsageOrder> news, NewsSource source, int keyIndex, Instant now) {
        List<OrderChange> changes = new ArrayList<>();
        for (UsageOrder incoming : news) {
            Entry current = orders.get(incoming.orderId());
            OrderMerge.Result result = OrderMerge.merge(current == null ? null : current.order(), incoming);
            if (!result.outcome().changed()) {
                if (result.outcome() == OrderMerge.Outcome.ILLEGAL) {
                    LOG.warn("Ignored an illegal move of order {}: {} -> {} ({})", incoming.orderId(),
                            current.order().status(), incoming.status(), source);
                }
                continue;
            }
            int key = keyIndex >= 0 ? keyIndex : current == null ? -1 : current.keyIndex();
            orders.remove(incoming.orderId());
            orders.put(incoming.orderId(), new Entry(result.kept(), source, now, key));
            changes.add(new OrderChange(current == null ? null : current.order(), result.kept(), now));
        }
        return changes;
    }

    synchronized Entry get(String orderId) {
        return orders.get(orderId);
    }

    synchronized List<UsageOrder> snapshot() {
        List<UsageOrder> all = new ArrayList<>(orders.size());
        for (Entry e : orders.values()) {
            all.add(e.order());
        }
        return all;
    }

    synchronized int size() {
        return orders.size();
    }
}
