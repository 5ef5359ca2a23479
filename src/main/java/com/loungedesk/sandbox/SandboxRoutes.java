package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Sandbox-only calls: make passes, simulate what happens at other desks, subscribers, reset. */
final class SandboxRoutes {

    private static final Set<String> EVENT_TYPES = Set.of(OrderEvents.WALKIN, OrderEvents.PREBOOKING);
    private final SandboxServices s;

    SandboxRoutes(SandboxServices services) {
        this.s = services;
    }

    void register(Javalin app) {
        app.post("/sandbox/passes", ctx -> run(ctx, (c, body) ->
                Reply.envelope(s.creator.create(c, account(ctx), body))));
        app.post("/sandbox/simulate/walkin", ctx -> run(ctx, (c, body) -> Reply.envelope(walkin(c, account(ctx), body))));
        app.post("/sandbox/simulate/busy-day", ctx -> run(ctx, (c, body) -> {
            int orders = Requests.boundedCount(body, "orders", 1_000, 1, BusyDay.MAX_ORDERS);
            ObjectNode data = Json.object();
            ArrayNode ids = data.putArray("orderIds");
            new BusyDay(s).walkIns(c, account(ctx), orders).forEach(ids::add);
            return Reply.envelope(data);
        }));
        app.post("/sandbox/simulate/prebooking/{orderId}", ctx -> run(ctx, (c, body) -> {
            int status = Requests.count(body, "status", -1);
            if (!List.of(OrderRow.CONFIRMED, OrderRow.USED, OrderRow.CANCELLED, OrderRow.FAILED).contains(status)) {
                throw ApiError.badRequest("\"status\" must be 1 (confirm), 10 (fail), 2 (use) or 3 (cancel).");
            }
            OrderRow order = owned(c, account(ctx), Http.orderId(ctx));
            if (order.category() != OrderRow.PREBOOKING) {
                throw new ApiError(ErrorKind.ILLEGAL_TRANSITION, "Order " + order.orderId() + " is a walk-in, not a prebooking.");
            }
            String remarks = Requests.text(body, "remarks", false, 500);
            return Reply.envelope(OrderView.render(s.lifecycle.move(c, order, status,
                    remarks == null ? "simulated by the sandbox" : remarks)));
        }));
        app.post("/sandbox/simulate/cancel/{orderId}", ctx -> run(ctx, (c, body) -> {
            OrderRow order = owned(c, account(ctx), Http.orderId(ctx));
            String reason = Requests.text(body, "reason", false, 500);
            return Reply.envelope(OrderView.render(s.lifecycle.cancel(c, order,
                    reason == null ? "cancelled elsewhere" : reason, null, true)));
        }));
        app.post("/sandbox/subscribers", ctx -> run(ctx, (c, body) -> Reply.envelope(subscribe(c, account(ctx), body))));
        app.post("/sandbox/reset", ctx -> {
            s.accounts.authorize(ctx.header("Authorization"));
            s.db.tx(c -> {
                s.seeder.reset(c);
                return null;
            });
            ObjectNode data = Json.object();
            ArrayNode refs = data.putArray("passes");
            DemoPasses.ALL.forEach(p -> refs.add(p.reference()));
            Http.send(ctx, Reply.envelope(data));
        });
    }

    private void run(Context ctx, Routes.BodyWork work) {
        int account = s.accounts.authorize(ctx.header("Authorization"));
        ctx.attribute("account", account);
        Routes.idempotent(s, ctx, account, Reply.Family.ENVELOPE, work);
    }

    private static int account(Context ctx) {
        Integer account = ctx.attribute("account");
        return account == null ? 0 : account;
    }

    private OrderRow owned(Connection c, int account, String orderId) throws SQLException {
        return s.orders.find(c, orderId).filter(o -> o.account() == account)
                .orElseThrow(() -> ApiError.notFound("There is no order " + orderId + "."));
    }

    /** A walk-in made at another desk: redeems the first redeemable booking of the reference. */
    private ObjectNode walkin(Connection c, int account, ObjectNode body) throws SQLException {
        String reference = Requests.referenceField(body, "reference");
        int guests = Requests.count(body, "guests", 0);
        PassStore.Found found = s.passes.find(c, reference).filter(f -> f.pass().account() == account)
                .orElseThrow(() -> ApiError.notFound("There is no pass \"" + reference + "\"."));
        long now = Timestamps.nowMicros();
        BookingRow chosen = found.bookings().get(0);
        for (BookingRow b : found.bookings()) {
            if (BookingState.of(found.pass(), b, s.lookup.prebookingStatus(c, found.pass(), b), now).redeemable()) {
                chosen = b;
                break;
            }
        }
        Redemptions.Redeemed r = s.redemptions.redeem(c, account, List.of(chosen.redemptionCode()), guests, null);
        return OrderView.render(s.orders.find(c, r.orderId()).orElseThrow());
    }

    private ObjectNode subscribe(Connection c, int account, ObjectNode body) throws SQLException {
        String url = Requests.text(body, "url", true, 2000);
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw ApiError.badRequest("\"url\" must be an absolute http(s) URL.");
            }
        } catch (URISyntaxException e) {
            throw ApiError.badRequest("\"url\" is not a valid URL.");
        }
        JsonNode events = body.get("events");
        if (events == null || !events.isArray() || events.size() == 0) {
            throw ApiError.badRequest("\"events\" must be a non-empty array of event types " + EVENT_TYPES + ".");
        }
        for (JsonNode e : events) {
            if (!e.isTextual() || !EVENT_TYPES.contains(e.asText())) {
                throw ApiError.badRequest("Unknown event type in \"events\"; known: " + EVENT_TYPES + ".");
            }
        }
        long now = Timestamps.nowMicros();
        Sql.update(c, "INSERT INTO subscribers(account, url, events, created_at) VALUES (?,?,?,?)",
                account, url, Json.text(events), now);
        ObjectNode data = Json.object();
        data.put("id", Sql.count(c, "SELECT last_insert_rowid()"));
        data.put("url", url);
        data.set("events", events);
        return data;
    }
}
