package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a booking as an OCTO lookup item: the booking, its redemption fields and our {@code pass}. */
final class BookingView {

    private BookingView() {
    }

    static ObjectNode render(PassRow pass, BookingRow b, OrderRow prebookingOrder, long now) {
        BookingState state = BookingState.of(pass, b, prebookingOrder == null ? null : prebookingOrder.status(), now);
        ObjectNode n = Json.object();
        n.put("id", b.uuid());
        n.put("uuid", b.uuid());
        n.put("testMode", true);
        n.put("supplierReference", pass.reference());
        n.putNull("resellerReference");
        n.put("status", state.status());
        n.put("utcCreatedAt", Timestamps.iso(b.createdAt()));
        n.put("utcUpdatedAt", Timestamps.iso(Math.max(b.updatedAt(),
                prebookingOrder == null ? 0 : prebookingOrder.updatedAt())));
        n.put("utcRedeemedAt", Timestamps.isoOrNull(b.redeemedAt()));
        n.put("utcConfirmedAt", Timestamps.isoOrNull(b.confirmedAt()));
        n.put("productId", pass.productId());
        n.put("optionId", "DEFAULT");
        ObjectNode product = n.putObject("product");
        product.put("id", pass.productId());
        product.put("internalName", pass.productName());
        n.put("cancellable", false);
        ObjectNode contact = n.putObject("contact");
        contact.put("fullName", pass.contact().fullName());
        contact.put("emailAddress", pass.contact().emailAddress());
        contact.put("phoneNumber", pass.contact().phoneNumber());
        n.put("notes", b.notes());
        ArrayNode units = n.putArray("unitItems");
        ObjectNode unit = units.addObject();
        unit.put("uuid", b.uuid() + "-u");
        unit.put("unitId", b.unitId());
        unit.put("status", state.status());
        unit.put("utcRedeemedAt", Timestamps.isoOrNull(b.redeemedAt()));
        n.put("redemptionCode", b.redemptionCode());
        n.put("redeemable", state.redeemable());
        n.put("unredeemableReason", state.reason());
        n.put("unredeemableReasonCode", state.reasonCode());
        n.set("pass", passNode(pass, b));
        return n;
    }

    /**
     * A redeem answer describes this usage: status REDEEMED on the booking and its unit item. A booking
     * that stays usable (an e-pass with visits left, still CONFIRMED on lookup) is redeemed at the time
     * this usage touched it; {@code redeemable} and the {@code pass} object still say what is left.
     */
    static ObjectNode thisUsage(ObjectNode n) {
        if ("REDEEMED".equals(n.path("status").asText())) {
            return n;
        }
        n.put("status", "REDEEMED");
        n.set("utcRedeemedAt", n.get("utcUpdatedAt"));
        for (JsonNode unit : n.path("unitItems")) {
            ((ObjectNode) unit).put("status", "REDEEMED");
            ((ObjectNode) unit).set("utcRedeemedAt", n.get("utcUpdatedAt"));
        }
        return n;
    }

    private static ObjectNode passNode(PassRow pass, BookingRow b) {
        ObjectNode p = Json.object();
        p.put("kind", pass.kind().name());
        p.put("dpId", pass.dpId());
        p.put("programId", pass.programId());
        p.put("entitlementsTotal", pass.entitlementsTotal());
        p.put("entitlementsLeft", pass.entitlementsLeft());
        p.put("guestsAllowed", pass.guestsAllowed());
        p.put("validUntil", Timestamps.isoOrNull(pass.validUntil()));
        p.put("lastUsedAt", Timestamps.isoOrNull(pass.lastUsedAt()));
        p.put("lastUsedWhere", pass.lastUsedWhere());
        p.put("orderId", b.orderId());
        return p;
    }
}
