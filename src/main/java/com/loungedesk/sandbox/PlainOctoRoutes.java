package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * A plain OCTO supplier's redemption calls under its prefix P ({@code sandbox --type octo}):
 * {@code GET P/capabilities}, and {@code P/redemption/credentials}, {@code lookup}, {@code redeem}
 * (POST and DELETE) and {@code validate}. Nothing of our contract: no {@code pass} object, no
 * {@code orderId}, no guests, no Idempotency-Key (the header is ignored); a body field or query
 * parameter the call does not define is refused with BAD_REQUEST, as strict suppliers do.
 */
final class PlainOctoRoutes {

    /** Work on a parsed body, inside one transaction on the single writer. */
    private interface Work {
        JsonNode run(Connection c, int account, ObjectNode body) throws SQLException;
    }

    private static final Set<String> REDEEM_FIELDS = Set.of("redemptionCode", "notes");
    private static final Set<String> CODE_ONLY = Set.of("redemptionCode");
    private static final Set<String> CREDENTIALS_FIELDS = Set.of("reference", "apiKeys");

    private final SandboxServices s;
    private final String prefix;

    PlainOctoRoutes(SandboxServices services, String prefix) {
        this.s = services;
        this.prefix = prefix;
    }

    void register(Javalin app) {
        app.before(prefix + "/*", OctoRequests::echoCapabilities);
        app.get(prefix + "/capabilities", this::capabilities);
        app.post(prefix + "/redemption/credentials", this::credentials);
        app.get(prefix + "/redemption/lookup", this::lookup);
        app.post(prefix + "/redemption/redeem", ctx -> change(ctx, REDEEM_FIELDS, this::redeem));
        app.delete(prefix + "/redemption/redeem", ctx -> change(ctx, CODE_ONLY, (c, account, body) ->
                OctoBookingView.render(s.octo.unredeem(c, account, Requests.referenceField(body, "redemptionCode")))));
        app.post(prefix + "/redemption/validate", ctx -> change(ctx, CODE_ONLY, (c, account, body) -> {
            String code = Requests.referenceField(body, "redemptionCode");
            return OctoBookingView.render(s.octo.redeem(c, account, List.of(code), null).get(0));
        }));
    }

    /** The one capability this supplier serves; Bearer auth, as every call but credentials. */
    private void capabilities(Context ctx) {
        s.accounts.authorize(ctx.header("Authorization"));
        OctoRequests.onlyQuery(ctx, Set.of());
        ArrayNode list = Json.MAPPER.createArrayNode();
        ObjectNode redemption = list.addObject();
        redemption.put("id", OctoRequests.CAPABILITY);
        redemption.put("revision", 1);
        redemption.put("required", false);
        redemption.putArray("dependencies");
        redemption.put("docs", "Look up, redeem, un-redeem and validate bookings by reference or barcode.");
        Http.send(ctx, Reply.json(list));
    }

    private void credentials(Context ctx) {
        ObjectNode body = Json.readObject(Http.body(ctx));
        OctoRequests.onlyFields(body, CREDENTIALS_FIELDS);
        String reference = Requests.referenceField(body, "reference");
        List<String> apiKeys = OctoRequests.apiKeys(body);
        String owner = s.db.read(c -> s.octo.credentials(c, reference, apiKeys));
        ObjectNode answer = Json.object();
        answer.put("apiKey", owner);
        Http.send(ctx, Reply.json(answer));
    }

    private void lookup(Context ctx) {
        int account = authorize(ctx);
        OctoRequests.onlyQuery(ctx, Set.of("reference"));
        String reference = Requests.reference(ctx.queryParam("reference"), "\"reference\"");
        ArrayNode items = Json.MAPPER.createArrayNode();
        s.db.read(c -> s.octo.lookup(c, account, reference)).forEach(t -> items.add(OctoBookingView.lookupItem(t)));
        Http.send(ctx, Reply.json(items));
    }

    /** A string in, the booking out; an array in, an array out (all redeemed, or none). */
    private JsonNode redeem(Connection c, int account, ObjectNode body) throws SQLException {
        JsonNode codeNode = body.get("redemptionCode");
        List<String> codes = OctoRequests.codes(codeNode);
        String notes = Requests.text(body, "notes", false, 1000);
        List<OctoBookingRow> after = s.octo.redeem(c, account, codes, notes);
        if (!codeNode.isArray()) {
            return OctoBookingView.render(after.get(0));
        }
        ArrayNode out = Json.MAPPER.createArrayNode();
        after.forEach(b -> out.add(OctoBookingView.render(b)));
        return out;
    }

    private void change(Context ctx, Set<String> fields, Work work) {
        int account = authorize(ctx);
        OctoRequests.onlyQuery(ctx, Set.of());
        ObjectNode body = Json.readObject(Http.body(ctx));
        OctoRequests.onlyFields(body, fields);
        Http.send(ctx, Reply.json(s.db.tx(c -> work.run(c, account, body))));
    }

    private int authorize(Context ctx) {
        int account = s.accounts.authorize(ctx.header("Authorization"));
        OctoRequests.requireRedemptionCapability(ctx);
        return account;
    }
}
