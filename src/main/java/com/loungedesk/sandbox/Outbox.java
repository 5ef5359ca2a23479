package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The persistent push outbox: one delivery row per event and subscriber, written in the order
 * change's own transaction. A delivery is due only when no earlier delivery of the same order to
 * the same subscriber is still pending, so one order's events go out in order.
 */
final class Outbox {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    /** A delivery to attempt: where to, what (the stored payload text), and how many tries so far. */
    record Delivery(long id, long subscriberId, String url, String orderId, String eventId, String eventType,
                    String payload, int attempts) {
    }

    /**
     * Queues the event just inserted (the connection's last row id) for each subscriber of its type.
     * Subscribers are looked up first: most accounts have none, and a read costs far less than an
     * INSERT ... SELECT that inserts nothing.
     */
    static void enqueue(Connection c, OrderRow order, String eventType) throws SQLException {
        long seq = Sql.count(c, "SELECT last_insert_rowid()");
        List<Long> subscribers = Sql.list(c, "SELECT id FROM subscribers WHERE account = ? AND events LIKE ? ORDER BY id",
                rs -> rs.getLong(1), order.account(), "%\"" + eventType + "\"%");
        for (long subscriber : subscribers) {
            Sql.update(c, "INSERT INTO deliveries(event_seq, subscriber_id, order_id, status, attempts,"
                    + " next_attempt_at) VALUES (?, ?, ?, 'PENDING', 0, ?)", seq, subscriber, order.orderId(),
                    Timestamps.nowMicros());
        }
    }

    List<Delivery> due(Connection c, long now, int limit) throws SQLException {
        return Sql.list(c, "SELECT d.id, d.subscriber_id, s.url, d.order_id, e.event_id, e.event_type, e.payload,"
                + " d.attempts FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id"
                + " JOIN order_events e ON e.seq = d.event_seq"
                + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND NOT EXISTS (SELECT 1 FROM deliveries p"
                + " WHERE p.subscriber_id = d.subscriber_id AND p.order_id = d.order_id AND p.status = 'PENDING'"
                + " AND p.event_seq < d.event_seq) ORDER BY d.event_seq LIMIT ?",
                rs -> new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8)), now, limit);
    }

    void delivered(Connection c, long id, int attempts, long at) throws SQLException {
        Sql.update(c, "UPDATE deliveries SET status = 'DELIVERED', attempts = ?, delivered_at = ?, last_error = NULL"
                + " WHERE id = ? AND status = 'PENDING'", attempts, at, id);
    }

    /** Records a failed attempt: retried at {@code nextAttemptAt}, or parked as FAILED when null. */
    void failed(Connection c, long id, int attempts, String error, Long nextAttemptAt) throws SQLException {
        Sql.update(c, "UPDATE deliveries SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?"
                        + " WHERE id = ? AND status = 'PENDING'", nextAttemptAt == null ? FAILED : PENDING, attempts,
                error, nextAttemptAt == null ? Timestamps.nowMicros() : nextAttemptAt, id);
    }

    ArrayNode list(Connection c, int account, String status, int limit) throws SQLException {
        ArrayNode out = Json.MAPPER.createArrayNode();
        List<ObjectNode> rows = Sql.list(c, "SELECT d.id, e.event_id, e.event_type, d.order_id, d.subscriber_id, s.url,"
                + " d.status, d.attempts, d.last_error, d.next_attempt_at, d.delivered_at FROM deliveries d"
                + " JOIN subscribers s ON s.id = d.subscriber_id JOIN order_events e ON e.seq = d.event_seq"
                + " WHERE s.account = ? AND (? IS NULL OR d.status = ?) ORDER BY d.id LIMIT ?", rs -> {
                    ObjectNode n = Json.object();
                    n.put("deliveryId", rs.getLong(1));
                    n.put("eventId", rs.getString(2));
                    n.put("eventType", rs.getString(3));
                    n.put("orderId", rs.getString(4));
                    n.put("subscriberId", rs.getLong(5));
                    n.put("url", rs.getString(6));
                    n.put("status", rs.getString(7));
                    n.put("attempts", rs.getInt(8));
                    n.put("lastError", rs.getString(9));
                    n.put("nextAttemptAt", PENDING.equals(rs.getString(7)) ? Timestamps.iso(rs.getLong(10)) : null);
                    n.put("deliveredAt", Timestamps.isoOrNull(Sql.longOrNull(rs, "delivered_at")));
                    return n;
                }, account, status, status, limit);
        rows.forEach(out::add);
        return out;
    }
}
