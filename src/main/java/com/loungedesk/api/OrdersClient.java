package com.loungedesk.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** The usage-order API (/orders): changes since a moment (every page), one order, cancel. */
public final class OrdersClient implements OrderStatusSource {

    public static final int PAGE_LIMIT = 500;
    private static final int MAX_PAGES = 10_000;
    private final HttpGateway gateway;
    private final int pageLimit;

    public OrdersClient(HttpGateway gateway) {
        this(gateway, PAGE_LIMIT);
    }

    /** A client asking for pages of {@code pageLimit} orders (1..500). */
    public OrdersClient(HttpGateway gateway, int pageLimit) {
        this.gateway = gateway;
        this.pageLimit = Math.max(1, Math.min(PAGE_LIMIT, pageLimit));
    }

    /** One page of orders changed strictly after {@code updatedSince} (null = all). */
    public OrdersPage page(String apiKey, Instant updatedSince, String cursor, int limit) throws ApiException {
        HttpUrl.Builder url = gateway.url("orders").addQueryParameter("limit", String.valueOf(limit));
        if (updatedSince != null) {
            url.addQueryParameter("updatedSince", updatedSince.toString());
        }
        if (cursor != null) {
            url.addQueryParameter("cursor", cursor);
        }
        OrdersPage page = gateway.send(bearer(apiKey, new Request.Builder().url(url.build())).get().build(),
                AnswerMapper.Family.ORDERS, gateway.type(OrdersPage.class));
        for (OrderDto o : page.orders()) {
            if (o == null || !o.complete()) {
                throw AnswerMapper.badResponse(200, null);
            }
        }
        return page;
    }

    /** Every order changed after {@code updatedSince}, walking every cursor page, oldest change first. */
    @Override
    public OrderChanges changedSince(String apiKey, Instant updatedSince) throws ApiException {
        List<OrderDto> all = new ArrayList<>();
        String cursor = null;
        int requests = 0;
        Instant serverTime = null;
        do {
            OrdersPage page = page(apiKey, updatedSince, cursor, pageLimit);
            requests++;
            all.addAll(page.orders());
            serverTime = page.serverTime();
            if (page.nextCursor() != null && page.nextCursor().equals(cursor)) {
                throw AnswerMapper.badResponse(200, null); // a cursor that does not move would loop forever
            }
            cursor = page.nextCursor();
        } while (cursor != null && requests < MAX_PAGES);
        return new OrderChanges(all, requests, serverTime);
    }

    @Override
    public OrderDto order(String apiKey, String orderId) throws ApiException {
        Request request = bearer(apiKey, new Request.Builder()
                .url(gateway.url("orders").addPathSegment(orderId).build())).get().build();
        return checked(gateway.send(request, AnswerMapper.Family.ORDERS, gateway.type(OrderDto.class)));
    }

    /** Cancels a walk-in usage (2 -> 3) or a prebooking; the answer is the order after the change. */
    public OrderDto cancel(String apiKey, String orderId, String reason, String operatorId, String idempotencyKey)
            throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("operatorId", operatorId);
        Request request = bearer(apiKey, new Request.Builder()
                .url(gateway.url("orders").addPathSegment(orderId).addPathSegment("cancel").build()))
                .header("Idempotency-Key", OctoRedemptionClient.requireKey(idempotencyKey))
                .post(gateway.body(body)).build();
        return checked(gateway.send(request, AnswerMapper.Family.ORDERS, gateway.type(OrderDto.class)));
    }

    @Override
    public String describe() {
        return "the /orders change feed";
    }

    private static OrderDto checked(OrderDto order) throws ApiException {
        if (order == null || !order.complete()) {
            throw AnswerMapper.badResponse(200, null);
        }
        return order;
    }

    static Request.Builder bearer(String apiKey, Request.Builder builder) throws ApiException {
        if (apiKey == null || apiKey.isBlank()) {
            throw new ApiException(ApiException.Kind.CONFIG, "", 0, "No supplier key is configured for this call.");
        }
        return builder.header("Authorization", "Bearer " + apiKey);
    }
}
