package com.loungedesk.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** A usage order as stored (walk-in category 1 or prebooking category 2). */
record OrderRow(String orderId, int account, int category, int module, int status, String bookingReference,
                List<String> redemptionCodes, String dpId, String programId, PassRow.Place place, int guests,
                long createdAt, Long usageAt, Long cancelledAt, long updatedAt, int revision,
                Long cancellableUntil, String cancelReason, String operatorId) {

    static final int WALKIN = 1;
    static final int PREBOOKING = 2;
    static final int CONFIRMED = 1;
    static final int USED = 2;
    static final int CANCELLED = 3;
    static final int PENDING = 5;
    static final int FAILED = 10;

    static OrderRow map(ResultSet rs, List<String> codes) throws SQLException {
        return new OrderRow(rs.getString("order_id"), rs.getInt("account"), rs.getInt("category"),
                rs.getInt("module"), rs.getInt("status"), rs.getString("booking_reference"), codes,
                rs.getString("dp_id"), rs.getString("program_id"),
                new PassRow.Place(rs.getString("hub_id"), rs.getString("hub_name"), rs.getString("hub_zone"),
                        rs.getString("resource_id"), rs.getString("resource_name")),
                rs.getInt("guests"), rs.getLong("created_at"), Sql.longOrNull(rs, "usage_at"),
                Sql.longOrNull(rs, "cancelled_at"), rs.getLong("updated_at"), rs.getInt("revision"),
                Sql.longOrNull(rs, "cancellable_until"), rs.getString("cancel_reason"), rs.getString("operator_id"));
    }

    OrderRow changed(int newStatus, Long newCancelledAt, String reason, String operator, long at) {
        return new OrderRow(orderId, account, category, module, newStatus, bookingReference, redemptionCodes,
                dpId, programId, place, guests, createdAt, newStatus == USED && usageAt == null ? Long.valueOf(at) : usageAt,
                newCancelledAt, updatedAt, revision, cancellableUntil, reason, operator);
    }
}
