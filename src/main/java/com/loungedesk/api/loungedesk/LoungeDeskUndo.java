package com.loungedesk.api.loungedesk;

import com.loungedesk.api.ApiException;
import com.loungedesk.api.OrderDto;
import com.loungedesk.api.OrdersClient;
import com.loungedesk.api.UsageUndo;

/**
 * Undo on a LoungeDesk backend: {@code POST /orders/{orderId}/cancel} (walk-in 2 -> 3, entitlement
 * refunded) with the supervisor as operator and the Idempotency-Key; the backend keeps the window.
 */
public final class LoungeDeskUndo implements UsageUndo {

    private final OrdersClient orders;

    public LoungeDeskUndo(OrdersClient orders) {
        this.orders = orders;
    }

    @Override
    public OrderDto undo(String apiKey, Request request) throws ApiException {
        return orders.cancel(apiKey, request.orderId(), request.reason(), request.operatorId(),
                request.idempotencyKey());
    }
}
