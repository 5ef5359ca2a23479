package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Usage orders in SQLite. Every change gets an {@code updatedAt} strictly greater than any earlier
 * change's (a clock kept in the database), a bumped revision, and an event row, all in the
 * caller's transaction.
 */
final class OrderStore {

    private static final String COLUMNS = "order_id, account, category, module, status, booking_reference, dp_id,"
            + " program_id, hub_id, hub_name, hub_zone, resource_id, resource_name, guests, created_at, usage_at,"
            + " cancelled_at, updated_at, revision, cancellable_until, cancel_reason, operator_id";

    private final OrderEvents events = new OrderEvents();

    /** The next change time: now, or one microsecond after the last change if the clock lags (one statement). */
    long nextChangeTime(Connection c) throws SQLException {
        return Sql.one(c, "INSERT INTO meta(key, value) VALUES ('clock', ?1) ON CONFLICT(key) DO UPDATE"
                + " SET value = max(?1, CAST(value AS INTEGER) + 1) RETURNING CAST(value AS INTEGER)",
                rs -> rs.getLong(1), Timestamps.nowMicros()).orElseThrow();
    }

    /** A new order id, never reused (the counter survives a reset; the first is DP...1001). */
    String nextOrderId(Connection c) throws SQLException {
        long seq = Sql.one(c, "INSERT INTO meta(key, value) VALUES ('order_seq', '1001') ON CONFLICT(key) DO UPDATE"
                + " SET value = CAST(value AS INTEGER) + 1 RETURNING CAST(value AS INTEGER)",
                rs -> rs.getLong(1)).orElseThrow();
        String digits = Long.toString(seq);
        return "DP" + "0".repeat(Math.max(0, 14 - digits.length())) + digits; // as "DP%014d", without Formatter
    }

    /**
     * Stores a new order (revision 1) and its creation event; a revision-1 row as given is the row as
     * stored, so it is not read back. {@code o.updatedAt} must come from the clock.
     */
    OrderRow create(Connection c, OrderRow o) throws SQLException {
        Sql.update(c, "INSERT INTO orders(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                o.orderId(), o.account(), o.category(), o.module(), o.status(), o.bookingReference(), o.dpId(),
                o.programId(), o.place().hubId(), o.place().hubName(), o.place().zone(), o.place().resourceId(),
                o.place().resourceName(), o.guests(), o.createdAt(), o.usageAt(), o.cancelledAt(), o.updatedAt(),
                1, o.cancellableUntil(), o.cancelReason(), o.operatorId());
        for (int i = 0; i < o.redemptionCodes().size(); i++) {
            Sql.update(c, "INSERT INTO order_codes(order_id, redemption_code, position) VALUES (?,?,?)",
                    o.orderId(), o.redemptionCodes().get(i), i);
        }
        OrderRow stored = o.revision() == 1 ? o : find(c, o.orderId()).orElseThrow();
        events.record(c, stored, null);
        return stored;
    }

    /** Applies a status change (already checked legal), bumping revision and updatedAt, with its event. */
    OrderRow change(Connection c, OrderRow before, OrderRow after) throws SQLException {
        long at = nextChangeTime(c);
        int rows = Sql.update(c, "UPDATE orders SET status = ?, usage_at = ?, cancelled_at = ?, cancel_reason = ?,"
                        + " operator_id = ?, updated_at = ?, revision = revision + 1 WHERE order_id = ? AND revision = ?",
                after.status(), after.usageAt(), after.cancelledAt(), after.cancelReason(), after.operatorId(), at,
                before.orderId(), before.revision());
        if (rows != 1) {
            throw new SQLException("order " + before.orderId() + " changed underneath");
        }
        OrderRow stored = find(c, before.orderId()).orElseThrow();
        events.record(c, stored, before.status());
        return stored;
    }

    Optional<OrderRow> find(Connection c, String orderId) throws SQLException {
        List<OrderRow> rows = select(c, "WHERE order_id = ?", orderId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The caller's orders changed after (updatedAt, orderId), oldest change first. */
    List<OrderRow> page(Connection c, int account, long afterMicros, String afterId, int limit) throws SQLException {
        return select(c, "WHERE account = ? AND (updated_at > ? OR (updated_at = ? AND order_id > ?))"
                + " ORDER BY updated_at, order_id LIMIT ?", account, afterMicros, afterMicros, afterId, limit);
    }

    /** The newest walk-in order holding this code that is still Used. */
    Optional<OrderRow> latestUsedWalkin(Connection c, String code) throws SQLException {
        List<OrderRow> rows = select(c, "WHERE category = 1 AND status = 2 AND order_id IN"
                + " (SELECT order_id FROM order_codes WHERE redemption_code = ?) ORDER BY created_at DESC,"
                + " order_id DESC LIMIT 1", code);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private List<OrderRow> select(Connection c, String where, Object... params) throws SQLException {
        List<ResultSetRow> rows = Sql.list(c, "SELECT " + COLUMNS + " FROM orders " + where, ResultSetRow::new, params);
        List<OrderRow> orders = new ArrayList<>(rows.size());
        if (rows.size() == 1) {
            orders.add(rows.get(0).toOrder(codes(c, rows.get(0).orderId)));
            return orders;
        }
        Map<String, List<String>> codes = codesOf(c, rows);
        for (ResultSetRow row : rows) {
            orders.add(row.toOrder(codes.getOrDefault(row.orderId, List.of())));
        }
        return orders;
    }

    /** The codes of many orders in one query (a feed page would otherwise cost one query per order). */
    private static Map<String, List<String>> codesOf(Connection c, List<ResultSetRow> rows) throws SQLException {
        Map<String, List<String>> codes = new HashMap<>();
        if (rows.isEmpty()) {
            return codes;
        }
        ArrayNode ids = Json.MAPPER.createArrayNode();
        rows.forEach(r -> ids.add(r.orderId));
        Sql.list(c, "SELECT order_id, redemption_code FROM order_codes WHERE order_id IN"
                + " (SELECT value FROM json_each(?)) ORDER BY order_id, position", rs -> {
                    codes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    return null;
                }, Json.text(ids));
        return codes;
    }

    private List<String> codes(Connection c, String orderId) throws SQLException {
        return Sql.list(c, "SELECT redemption_code FROM order_codes WHERE order_id = ? ORDER BY position",
                rs -> rs.getString(1), orderId);
    }

    /** A row read eagerly, so codes can be fetched after the result set is closed. */
    private static final class ResultSetRow {
        final String orderId;
        final OrderRow withoutCodes;

        ResultSetRow(ResultSet rs) throws SQLException {
            this.withoutCodes = OrderRow.map(rs, List.of());
            this.orderId = withoutCodes.orderId();
        }

        OrderRow toOrder(List<String> codes) {
            OrderRow o = withoutCodes;
            return new OrderRow(o.orderId(), o.account(), o.category(), o.module(), o.status(), o.bookingReference(),
                    List.copyOf(codes), o.dpId(), o.programId(), o.place(), o.guests(), o.createdAt(), o.usageAt(),
                    o.cancelledAt(), o.updatedAt(), o.revision(), o.cancellableUntil(), o.cancelReason(),
                    o.operatorId());
        }
    }
}
