package com.loungedesk.api;

import java.time.Instant;
import java.util.List;

/** One page of GET /orders. {@code nextCursor} is null on the last page. */
public record OrdersPage(List<OrderDto> orders, String nextCursor, Instant serverTime) {
    public OrdersPage {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
