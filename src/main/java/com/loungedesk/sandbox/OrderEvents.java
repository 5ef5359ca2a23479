package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Writes one {@code order_events} row per order change, in the change's transaction, with the
 * payload field for field as the provider pushes it ({@code walkin.redemption} and
 * {@code prebooking.statusChanged}), so it can be delivered later without loss.
 */
final class OrderEvents {

    static final String WALKIN = "walkin.redemption";
    static final String PREBOOKING = "prebooking.statusChanged";

    void record(Connection c, OrderRow order, Integer previousStatus) throws SQLException {
        ObjectNode payload = order.category() == OrderRow.WALKIN ? walkin(order) : prebooking(order, previousStatus);
        Sql.update(c, "INSERT INTO order_events(event_id, order_id, account, event_type, payload, created_at)"
                        + " VALUES (?,?,?,?,?,?)", UUID.randomUUID().toString(), order.orderId(), order.account(),
                payload.get("eventType").asText(), Json.text(payload), order.updatedAt());
        Outbox.enqueue(c, order, payload.get("eventType").asText());
    }

    static ObjectNode walkin(OrderRow o) {
        ObjectNode n = Json.object();
        n.put("eventType", WALKIN);
        n.put("orderId", o.orderId());
        n.put("programId", o.programId());
        n.put("dpId", o.dpId());
        n.put("module", o.module());
        n.put("category", o.category());
        n.put("status", o.status());
        n.put("orderCreatedDate", Timestamps.withOffset(o.createdAt(), "UTC"));
        n.put("usageDate", o.usageAt() == null ? null : Timestamps.withOffset(o.usageAt(), o.place().zone()));
        if (o.status() == OrderRow.CANCELLED) {
            n.put("orderCancelledDate", Timestamps.withOffset(o.cancelledAt(), "UTC"));
        }
        n.put("transportHubId", o.place().hubId());
        n.put("transportHubName", o.place().hubName());
        n.put("resourceId", o.place().resourceId());
        n.put("resourceName", o.place().resourceName());
        ObjectNode passengers = n.putObject("passengers");
        passengers.put("cardholder", 1);
        passengers.put("guests", o.guests());
        return n;
    }

    static ObjectNode prebooking(OrderRow o, Integer previousStatus) {
        ObjectNode n = Json.object();
        n.put("eventType", PREBOOKING);
        n.put("orderId", o.orderId());
        n.put("programId", o.programId());
        n.put("dpId", o.dpId());
        n.put("module", o.module());
        n.put("previousStatus", previousStatus);
        n.put("currentStatus", o.status());
        n.put("statusChangedDate", Timestamps.withOffset(o.updatedAt(), "UTC"));
        n.put("remarks", previousStatus == null ? "created" : o.cancelReason());
        return n;
    }
}
