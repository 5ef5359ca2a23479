package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/** The usage-order feed: list changed orders with cursor paging, one order, cancel. */
final class OrderRoutes {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final SandboxServices s;

    OrderRoutes(SandboxServices services) {
        this.s = services;
    }

    void register(Javalin app) {
        app.get("/orders", this::list);
        app.get("/orders/{orderId}", this::one);
        app.post("/orders/{orderId}/cancel", this::cancel);
    }

    private void list(Context ctx) {
        int account = s.accounts.authorize(ctx.header("Authorization"));
        int limit = limit(ctx.queryParam("limit"));
        String cursorText = ctx.queryParam("cursor");
        String since = ctx.queryParam("updatedSince");
        FeedCursor after;
        if (cursorText != null && !cursorText.isEmpty()) {
            after = FeedCursor.decode(cursorText);
        } else if (since != null && !since.isEmpty()) {
            after = new FeedCursor(Timestamps.parseMicros(since, "\"updatedSince\""), "\uffff");
        } else {
            after = new FeedCursor(Long.MIN_VALUE, "");
        }
        List<OrderRow> rows = s.db.read(c -> s.orders.page(c, account, after.updatedAt(), after.orderId(), limit + 1));
        boolean more = rows.size() > limit;
        List<OrderRow> page = more ? rows.subList(0, limit) : rows;
        ObjectNode data = Json.object();
        ArrayNode orders = data.putArray("orders");
        page.forEach(o -> orders.add(OrderView.render(o)));
        OrderRow last = page.isEmpty() ? null : page.get(page.size() - 1);
        data.put("nextCursor", more ? new FeedCursor(last.updatedAt(), last.orderId()).encode() : null);
        data.put("serverTime", Timestamps.iso(Timestamps.nowMicros()));
        Http.send(ctx, Reply.envelope(data));
    }

    private void one(Context ctx) {
        int account = s.accounts.authorize(ctx.header("Authorization"));
        String orderId = Http.orderId(ctx);
        OrderRow order = s.db.read(c -> s.orders.find(c, orderId)).filter(o -> o.account() == account)
                .orElseThrow(() -> ApiError.notFound("There is no order " + orderId + "."));
        Http.send(ctx, Reply.envelope(OrderView.render(order)));
    }

    private void cancel(Context ctx) {
        int account = s.accounts.authorize(ctx.header("Authorization"));
        String orderId = Http.orderId(ctx);
        Routes.idempotent(s, ctx, account, Reply.Family.ENVELOPE, (c, body) -> {
            String reason = Requests.text(body, "reason", true, 500);
            String operator = Requests.text(body, "operatorId", false, 100);
            OrderRow order = s.orders.find(c, orderId).filter(o -> o.account() == account)
                    .orElseThrow(() -> ApiError.notFound("There is no order " + orderId + "."));
            return Reply.envelope(OrderView.render(s.lifecycle.cancel(c, order, reason, operator, false)));
        });
    }

    static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int limit = text.matches("\\d{1,4}") ? Integer.parseInt(text) : -1;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.badRequest("\"limit\" must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }
}
