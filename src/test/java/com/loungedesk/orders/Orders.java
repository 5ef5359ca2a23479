package com.loungedesk.orders;

import java.time.Instant;
import java.util.List;

/** Test orders. */
final class Orders {
    private Orders() {
    }

    static UsageOrder walkIn(String id, OrderStatus status, long revision) {
        return order(id, OrderCategory.WALK_IN, status, revision);
    }

    static UsageOrder prebooking(String id, OrderStatus status, long revision) {
        return order(id, OrderCategory.PREBOOKING, status, revision);
    }

    static UsageOrder order(String id, OrderCategory category, OrderStatus status, long revision) {
        Instant t = Instant.parse("2026-11-23T10:00:00Z").plusSeconds(revision);
        return new UsageOrder(id, category, 1, status, "REF-" + id, List.of("C-" + id), "dp", "prog", "Gatwick",
                "No1 Lounge", 1, 0, Instant.parse("2026-11-23T09:00:00Z"), "2026-11-23T09:00:00",
                status == OrderStatus.CANCELLED ? t : null, t, revision);
    }
}
