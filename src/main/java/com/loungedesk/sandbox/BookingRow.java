package com.loungedesk.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One redeemable booking of a pass; {@code status} is CONFIRMED or REDEEMED as stored. */
record BookingRow(String redemptionCode, String uuid, String reference, int position, String unitId,
                  String status, String orderId, long createdAt, long updatedAt, Long redeemedAt,
                  Long confirmedAt, String notes) {

    static BookingRow map(ResultSet rs) throws SQLException {
        return new BookingRow(rs.getString("redemption_code"), rs.getString("uuid"), rs.getString("reference"),
                rs.getInt("position"), rs.getString("unit_id"), rs.getString("status"), rs.getString("order_id"),
                rs.getLong("created_at"), rs.getLong("updated_at"), Sql.longOrNull(rs, "redeemed_at"),
                Sql.longOrNull(rs, "confirmed_at"), rs.getString("notes"));
    }
}
