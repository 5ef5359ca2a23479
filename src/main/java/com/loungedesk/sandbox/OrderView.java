package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a usage order as the {@code /orders} calls answer it. */
final class OrderView {

    private OrderView() {
    }

    static ObjectNode render(OrderRow o) {
        ObjectNode n = Json.object();
        n.put("orderId", o.orderId());
        n.put("category", o.category());
        n.put("module", o.module());
        n.put("status", o.status());
        n.put("bookingReference", o.bookingReference());
        ArrayNode codes = n.putArray("redemptionCodes");
        o.redemptionCodes().forEach(codes::add);
        n.put("dpId", o.dpId());
        n.put("programId", o.programId());
        n.put("transportHubId", o.place().hubId());
        n.put("transportHubName", o.place().hubName());
        n.put("resourceId", o.place().resourceId());
        n.put("resourceName", o.place().resourceName());
        ObjectNode passengers = n.putObject("passengers");
        passengers.put("cardholder", 1);
        passengers.put("guests", o.guests());
        n.put("orderCreatedDate", Timestamps.iso(o.createdAt()));
        n.put("usageDate", o.usageAt() == null ? null : Timestamps.local(o.usageAt(), o.place().zone()));
        n.put("orderCancelledDate", Timestamps.isoOrNull(o.cancelledAt()));
        n.put("updatedAt", Timestamps.iso(o.updatedAt()));
        n.put("revision", o.revision());
        n.put("cancellableUntil", Timestamps.isoOrNull(o.cancellableUntil()));
        n.put("cancelReason", o.cancelReason());
        return n;
    }
}
