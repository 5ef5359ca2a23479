package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/** OCTO redemption: credentials, lookup, redeem (single and array), un-redeem, validate. */
final class OctoRoutes {

    private final SandboxServices s;

    OctoRoutes(SandboxServices services) {
        this.s = services;
    }

    void register(Javalin app) {
        app.before("/octo/*", OctoRequests::echoCapabilities);
        app.post("/octo/redemption/credentials", this::credentials);
        app.get("/octo/redemption/lookup", this::lookup);
        app.post("/octo/redemption/redeem", this::redeem);
        app.delete("/octo/redemption/redeem", this::unredeem);
        app.post("/octo/redemption/validate", this::validate);
    }

    private int authorize(Context ctx) {
        int account = s.accounts.authorize(ctx.header("Authorization"));
        OctoRequests.requireRedemptionCapability(ctx);
        return account;
    }

    private void credentials(Context ctx) {
        ObjectNode body = Json.readObject(Http.body(ctx));
        String reference = Requests.referenceField(body, "reference");
        List<String> apiKeys = OctoRequests.apiKeys(body);
        String owner = s.db.read(c -> s.lookup.credentials(c, reference, apiKeys));
        ObjectNode answer = Json.object();
        answer.put("apiKey", owner);
        Http.send(ctx, Reply.json(answer));
    }

    private void lookup(Context ctx) {
        int account = authorize(ctx);
        String reference = Requests.reference(ctx.queryParam("reference"), "\"reference\"");
        Http.send(ctx, Reply.json(s.db.read(c -> s.lookup.lookup(c, account, reference))));
    }

    private void redeem(Context ctx) {
        idempotent(ctx, (c, body) -> {
            JsonNode codeNode = body.get("redemptionCode");
            List<String> codes = OctoRequests.codes(codeNode);
            int guests = Requests.count(body, "guests", 0);
            String notes = Requests.text(body, "notes", false, 1000);
            Redemptions.Redeemed r = s.redemptions.redeem(c, accountOf(ctx), codes, guests, notes);
            if (codeNode.isArray()) {
                ArrayNode out = Json.MAPPER.createArrayNode();
                r.bookings().forEach(out::add);
                return Reply.json(out);
            }
            return Reply.json(r.bookings().get(0));
        });
    }

    private void unredeem(Context ctx) {
        idempotent(ctx, (c, body) -> {
            String code = Requests.referenceField(body, "redemptionCode");
            String orderId = body.hasNonNull("orderId") ? Requests.referenceField(body, "orderId") : null;
            String reason = Requests.text(body, "reason", true, 500);
            return Reply.json(s.redemptions.unredeem(c, accountOf(ctx), code, orderId, reason));
        });
    }

    private void validate(Context ctx) {
        idempotent(ctx, (c, body) -> {
            String code = Requests.referenceField(body, "redemptionCode");
            return Reply.json(s.redemptions.validate(c, accountOf(ctx), code));
        });
    }

    /** Authorizes, then runs the work in one transaction under the request's Idempotency-Key. */
    private void idempotent(Context ctx, Routes.BodyWork work) {
        int account = authorize(ctx);
        ctx.attribute("account", account);
        Routes.idempotent(s, ctx, account, Reply.Family.OCTO, work);
    }

    private static int accountOf(Context ctx) {
        Integer account = ctx.attribute("account");
        return account == null ? 0 : account;
    }
}
