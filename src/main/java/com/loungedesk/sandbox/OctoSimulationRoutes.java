package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The plain OCTO supplier sandbox's own calls, outside the supplier's prefix under {@code /sandbox}
 * (same Bearer key, OCTO errors, plain JSON answers): make a booking for today, a redemption, a
 * cancellation or another status change made elsewhere, and reset to the demo bookings.
 */
final class OctoSimulationRoutes {

    static final int MAX_UNITS = 20;
    private static final Set<String> CREATE_FIELDS = Set.of("adults", "children", "infants", "resellerReference");

    private final SandboxServices s;

    OctoSimulationRoutes(SandboxServices services) {
        this.s = services;
    }

    void register(Javalin app) {
        app.post("/sandbox/bookings", ctx -> {
            int account = s.accounts.authorize(ctx.header("Authorization"));
            ObjectNode body = Json.readObjectOrEmpty(Http.body(ctx));
            OctoRequests.onlyFields(body, CREATE_FIELDS);
            Http.send(ctx, Reply.json(OctoBookingView.render(s.db.tx(c -> create(c, account, body)))));
        });
        app.post("/sandbox/simulate/redeemed/{booking}", ctx -> {
            int account = s.accounts.authorize(ctx.header("Authorization"));
            Http.send(ctx, Reply.json(OctoBookingView.render(s.db.tx(c -> {
                OctoBookingRow b = s.octo.ownedBooking(c, account, ctx.pathParam("booking"));
                return s.octo.redeem(c, account, List.of(b.code()), "redeemed elsewhere").get(0);
            }))));
        });
        app.post("/sandbox/simulate/cancelled/{booking}", ctx -> {
            int account = s.accounts.authorize(ctx.header("Authorization"));
            ObjectNode body = Json.readObjectOrEmpty(Http.body(ctx));
            OctoRequests.onlyFields(body, Set.of("reason"));
            String reason = Requests.text(body, "reason", false, 500);
            Http.send(ctx, Reply.json(OctoBookingView.render(s.db.tx(c -> s.octo.cancelElsewhere(c,
                    s.octo.ownedBooking(c, account, ctx.pathParam("booking")),
                    reason == null ? "cancelled elsewhere" : reason)))));
        });
        app.post("/sandbox/simulate/status/{booking}", ctx -> {
            int account = s.accounts.authorize(ctx.header("Authorization"));
            ObjectNode body = Json.readObject(Http.body(ctx));
            OctoRequests.onlyFields(body, Set.of("status"));
            String status = Requests.text(body, "status", true, 30);
            Http.send(ctx, Reply.json(OctoBookingView.render(s.db.tx(c -> s.octo.setStatusElsewhere(c,
                    s.octo.ownedBooking(c, account, ctx.pathParam("booking")), status)))));
        });
        app.post("/sandbox/reset", this::reset);
    }

    private OctoBookingRow create(Connection c, int account, ObjectNode body) throws SQLException {
        int adults = Requests.boundedCount(body, "adults", 1, 0, MAX_UNITS);
        int children = Requests.boundedCount(body, "children", 0, 0, MAX_UNITS);
        int infants = Requests.boundedCount(body, "infants", 0, 0, MAX_UNITS);
        String reseller = body.hasNonNull("resellerReference")
                ? Requests.referenceField(body, "resellerReference") : null;
        if (adults + children + infants == 0) {
            throw ApiError.badRequest("A booking needs at least one unit item (adults, children or infants).");
        }
        List<String> units = new ArrayList<>();
        units.addAll(Collections.nCopies(adults, "ADULT"));
        units.addAll(Collections.nCopies(children, "CHILD"));
        units.addAll(Collections.nCopies(infants, "INFANT"));
        String code = unusedCode(c);
        OctoBookingRow b = OctoBookingFactory.confirmed(new OctoBookingFactory.Spec(code, account, null, reseller,
                OctoDemoBookings.LOUNGE_PRODUCT, OctoDemoBookings.DEFAULT_OPTION, OctoBookingFactory.today(),
                "Sandbox Guest", units), Timestamps.nowMicros());
        s.octoBookings.insert(c, b);
        return b;
    }

    private String unusedCode(Connection c) throws SQLException {
        while (true) {
            String code = "OCTO-" + PassFactory.letters(8);
            if (s.octoBookings.byCode(c, code).isEmpty()) {
                return code;
            }
        }
    }

    private void reset(Context ctx) {
        s.accounts.authorize(ctx.header("Authorization"));
        s.db.tx(c -> {
            s.octoSeeder.reset(c);
            return null;
        });
        ObjectNode answer = Json.object();
        ArrayNode refs = answer.putArray("references");
        OctoDemoBookings.ALL.forEach(p -> refs.add(p.reference()));
        Http.send(ctx, Reply.json(answer));
    }
}
