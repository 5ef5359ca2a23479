package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Push side calls: the JWKS, event recovery ({@code /push/events?since=}), and (sandbox) deliveries and keys:
 * {@code POST /sandbox/keys/rotate} adds a key (at most two live), {@code POST /sandbox/keys/retire} retires
 * the published one, or with {@code {"kid": "..."}} that key.
 */
final class PushRoutes {

    static final String JWKS_PATH = "/.well-known/jwks.json";
    private static final Set<String> STATUSES = Set.of(Outbox.PENDING, Outbox.DELIVERED, Outbox.FAILED);

    private final SandboxServices s;

    PushRoutes(SandboxServices services) {
        this.s = services;
    }

    void register(Javalin app, boolean simulations) {
        app.get(JWKS_PATH, ctx -> ctx.status(200).contentType("application/jwk-set+json; charset=utf-8")
                .result(s.signingKeys.jwks().getBytes(StandardCharsets.UTF_8)));
        app.get("/push/events", this::events);
        if (simulations) {
            app.get("/sandbox/deliveries", this::deliveries);
            app.post("/sandbox/keys/rotate", ctx -> {
                s.accounts.authorize(ctx.header("Authorization"));
                Http.send(ctx, Reply.envelope(s.signingKeys.rotate()));
            });
            app.post("/sandbox/keys/retire", ctx -> {
                s.accounts.authorize(ctx.header("Authorization"));
                String kid = Json.readObjectOrEmpty(ctx.bodyAsBytes()).path("kid").asText(null);
                Http.send(ctx, Reply.envelope(s.signingKeys.retire(kid == null ? null
                        : Requests.reference(kid, "\"kid\""))));
            });
        }
    }

    private void events(Context ctx) {
        int account = s.accounts.authorize(ctx.header("Authorization"));
        int limit = OrderRoutes.limit(ctx.queryParam("limit"));
        String cursor = ctx.queryParam("cursor");
        String since = ctx.queryParam("since");
        long afterSeq = cursor != null && !cursor.isEmpty() ? decode(cursor) : 0;
        long sinceMicros = since != null && !since.isEmpty() ? Timestamps.parseMicros(since, "\"since\"") : Long.MIN_VALUE;
        List<ObjectNode> rows = s.db.read(c -> Sql.list(c, "SELECT seq, event_id, event_type, order_id, created_at, payload"
                + " FROM order_events WHERE account = ? AND seq > ? AND created_at > ? ORDER BY seq LIMIT ?", rs -> {
                    ObjectNode n = Json.object();
                    n.put("seq", rs.getLong(1));
                    n.put("eventId", rs.getString(2));
                    n.put("eventType", rs.getString(3));
                    n.put("orderId", rs.getString(4));
                    n.put("createdAt", Timestamps.iso(rs.getLong(5)));
                    n.set("payload", Json.parseStored(rs.getString(6)));
                    return n;
                }, account, afterSeq, sinceMicros, limit + 1));
        boolean more = rows.size() > limit;
        ObjectNode data = Json.object();
        ArrayNode events = data.putArray("events");
        long lastSeq = 0;
        for (ObjectNode row : more ? rows.subList(0, limit) : rows) {
            lastSeq = row.remove("seq").asLong();
            events.add(row);
        }
        data.put("nextCursor", more ? encode(lastSeq) : null);
        data.put("serverTime", Timestamps.iso(Timestamps.nowMicros()));
        Http.send(ctx, Reply.envelope(data));
    }

    private void deliveries(Context ctx) {
        int account = s.accounts.authorize(ctx.header("Authorization"));
        String status = ctx.queryParam("status");
        if (status != null && !STATUSES.contains(status)) {
            throw ApiError.badRequest("\"status\" must be one of " + STATUSES + ".");
        }
        int limit = OrderRoutes.limit(ctx.queryParam("limit"));
        ObjectNode data = Json.object();
        data.set("deliveries", s.db.read(c -> s.outbox.list(c, account, status, limit)));
        Http.send(ctx, Reply.envelope(data));
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("e1|" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (cursor.length() > 100 || !plain.startsWith("e1|")) {
                throw new IllegalArgumentException("bad shape");
            }
            return Long.parseLong(plain.substring(3));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("\"cursor\" is not a cursor this server gave out.");
        }
    }
}
