package com.loungedesk.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A plain OCTO supplier's booking as stored ({@code sandbox --type octo}): its code (the
 * {@code supplierReference}, printed in the voucher's QR code), an optional package it belongs to,
 * its OCTO status, the visit's local date and time at the supplier, and its unit items.
 */
record OctoBookingRow(String uuid, int account, String code, String resellerReference, String packageReference,
                      String productId, String optionId, String status, String localDate, String startTime,
                      String endTime, String zone, PassRow.Contact contact, String notes, long createdAt,
                      long updatedAt, Long confirmedAt, Long redeemedAt, Long cancelledAt, String cancelReason,
                      List<Unit> units) {

    static final String CONFIRMED = "CONFIRMED";
    static final String REDEEMED = "REDEEMED";
    static final String CANCELLED = "CANCELLED";

    /** One person (or item) of the booking, with the code of its own ticket. */
    record Unit(String uuid, String bookingUuid, int position, String unitId, String code, Long redeemedAt) {

        static Unit map(ResultSet rs) throws SQLException {
            return new Unit(rs.getString("uuid"), rs.getString("booking_uuid"), rs.getInt("position"),
                    rs.getString("unit_id"), rs.getString("code"), Sql.longOrNull(rs, "redeemed_at"));
        }

        boolean redeemed() {
            return redeemedAt != null;
        }
    }

    static OctoBookingRow map(ResultSet rs) throws SQLException {
        return new OctoBookingRow(rs.getString("uuid"), rs.getInt("account"), rs.getString("code"),
                rs.getString("reseller_reference"), rs.getString("package_reference"), rs.getString("product_id"),
                rs.getString("option_id"), rs.getString("status"), rs.getString("local_date"),
                rs.getString("start_time"), rs.getString("end_time"), rs.getString("zone"),
                new PassRow.Contact(rs.getString("contact_name"), rs.getString("contact_email"),
                        rs.getString("contact_phone")),
                rs.getString("notes"), rs.getLong("created_at"), rs.getLong("updated_at"),
                Sql.longOrNull(rs, "confirmed_at"), Sql.longOrNull(rs, "redeemed_at"),
                Sql.longOrNull(rs, "cancelled_at"), rs.getString("cancel_reason"), List.of());
    }

    OctoBookingRow withUnits(List<Unit> newUnits) {
        return new OctoBookingRow(uuid, account, code, resellerReference, packageReference, productId, optionId,
                status, localDate, startTime, endTime, zone, contact, notes, createdAt, updatedAt, confirmedAt,
                redeemedAt, cancelledAt, cancelReason, List.copyOf(newUnits));
    }

    /** A unit item's own status: its redemption while the booking is usable, else the booking's status. */
    String unitStatus(Unit unit) {
        if (CONFIRMED.equals(status) || REDEEMED.equals(status)) {
            return unit.redeemed() ? REDEEMED : CONFIRMED;
        }
        return status;
    }
}
