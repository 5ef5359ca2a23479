package com.loungedesk.orders;

import com.loungedesk.api.OrderDto;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The provider's cancel window per order ({@code cancellableUntil}), which the shared
 * {@link UsageOrder} does not carry; bounded like the order book (oldest forgotten first).
 */
final class CancelWindowBook {

    private final Map<String, Instant> until;

    CancelWindowBook(int capacity) {
        this.until = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void note(OrderDto order) {
        if (order.cancellableUntil() == null) {
            until.remove(order.orderId());
        } else {
            until.put(order.orderId(), order.cancellableUntil());
        }
    }

    synchronized Optional<Instant> until(String orderId) {
        return Optional.ofNullable(until.get(orderId));
    }
}
