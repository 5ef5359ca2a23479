package com.loungedesk.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plain OCTO supplier's bookings and unit items in SQLite. Every method runs inside the caller's
 * transaction; every change moves the booking's {@code updated_at} forward by at least a millisecond,
 * so {@code utcUpdatedAt} (written in milliseconds) changes with every change.
 */
final class OctoBookingStore {

    /** The published {@code GET /bookings} filters; null means "any". Dates are yyyy-MM-dd, both ends included. */
    record Filter(String localDateStart, String localDateEnd, String supplierReference, String resellerReference,
                  String productId, String optionId) {
    }

    private static final long MILLI = 1_000L;

    void insert(Connection c, OctoBookingRow b) throws SQLException {
        Sql.update(c, "INSERT INTO octo_bookings(uuid, account, code, reseller_reference, package_reference,"
                        + " product_id, option_id, status, local_date, start_time, end_time, zone, contact_name,"
                        + " contact_email, contact_phone, notes, created_at, updated_at, confirmed_at, redeemed_at,"
                        + " cancelled_at, cancel_reason, demo) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                b.uuid(), b.account(), b.code(), b.resellerReference(), b.packageReference(), b.productId(),
                b.optionId(), b.status(), b.localDate(), b.startTime(), b.endTime(), b.zone(), b.contact().fullName(),
                b.contact().emailAddress(), b.contact().phoneNumber(), b.notes(), b.createdAt(), b.updatedAt(),
                b.confirmedAt(), b.redeemedAt(), b.cancelledAt(), b.cancelReason(), 0);
        for (OctoBookingRow.Unit u : b.units()) {
            Sql.update(c, "INSERT INTO octo_unit_items(uuid, booking_uuid, position, unit_id, code, redeemed_at)"
                    + " VALUES (?,?,?,?,?,?)", u.uuid(), b.uuid(), u.position(), u.unitId(), u.code(), u.redeemedAt());
        }
    }

    /** Marks seeded bookings, so a later start can move them to its own today. */
    void markDemo(Connection c, String uuid) throws SQLException {
        Sql.update(c, "UPDATE octo_bookings SET demo = 1 WHERE uuid = ?", uuid);
    }

    Optional<OctoBookingRow> byUuid(Connection c, String uuid) throws SQLException {
        return withUnits(c, Sql.one(c, "SELECT * FROM octo_bookings WHERE uuid = ?", OctoBookingRow::map, uuid));
    }

    Optional<OctoBookingRow> byCode(Connection c, String code) throws SQLException {
        return withUnits(c, Sql.one(c, "SELECT * FROM octo_bookings WHERE code = ?", OctoBookingRow::map, code));
    }

    Optional<OctoBookingRow.Unit> unitByCode(Connection c, String code) throws SQLException {
        return Sql.one(c, "SELECT * FROM octo_unit_items WHERE code = ?", OctoBookingRow.Unit::map, code);
    }

    List<OctoBookingRow> byPackage(Connection c, String packageReference) throws SQLException {
        return withUnits(c, Sql.list(c, "SELECT * FROM octo_bookings WHERE package_reference = ? ORDER BY code",
                OctoBookingRow::map, packageReference));
    }

    /** The account's bookings that match every given filter, by visit time, at most {@code limit}. */
    List<OctoBookingRow> list(Connection c, int account, Filter f, int limit) throws SQLException {
        return withUnits(c, Sql.list(c, "SELECT * FROM octo_bookings WHERE account = ?"
                        + " AND (?2 IS NULL OR local_date >= ?2) AND (?3 IS NULL OR local_date <= ?3)"
                        + " AND (?4 IS NULL OR code = ?4) AND (?5 IS NULL OR reseller_reference = ?5)"
                        + " AND (?6 IS NULL OR product_id = ?6) AND (?7 IS NULL OR option_id = ?7)"
                        + " ORDER BY local_date, start_time, created_at, code LIMIT ?8", OctoBookingRow::map,
                account, f.localDateStart(), f.localDateEnd(), f.supplierReference(), f.resellerReference(),
                f.productId(), f.optionId(), limit));
    }

    /** Redeems the unit items not yet redeemed (all of them, or just {@code unit}); the booking when none is left. */
    void redeem(Connection c, OctoBookingRow b, OctoBookingRow.Unit unit, String notes, long at) throws SQLException {
        Sql.update(c, "UPDATE octo_unit_items SET redeemed_at = ? WHERE booking_uuid = ? AND redeemed_at IS NULL"
                + " AND (? IS NULL OR uuid = ?)", at, b.uuid(), unit == null ? null : unit.uuid(),
                unit == null ? null : unit.uuid());
        Sql.update(c, "UPDATE octo_bookings SET status = CASE WHEN NOT EXISTS (SELECT 1 FROM octo_unit_items"
                + " WHERE booking_uuid = ?1 AND redeemed_at IS NULL) THEN 'REDEEMED' ELSE status END,"
                + " redeemed_at = CASE WHEN NOT EXISTS (SELECT 1 FROM octo_unit_items WHERE booking_uuid = ?1"
                + " AND redeemed_at IS NULL) THEN ?2 ELSE redeemed_at END, notes = COALESCE(?3, notes),"
                + " updated_at = max(?2, updated_at + " + MILLI + ") WHERE uuid = ?1", b.uuid(), at, notes);
    }

    /** Takes back the redemption of every unit item (or just {@code unit}): the booking is CONFIRMED again. */
    void unredeem(Connection c, OctoBookingRow b, OctoBookingRow.Unit unit, long at) throws SQLException {
        Sql.update(c, "UPDATE octo_unit_items SET redeemed_at = NULL WHERE booking_uuid = ? AND (? IS NULL OR uuid = ?)",
                b.uuid(), unit == null ? null : unit.uuid(), unit == null ? null : unit.uuid());
        Sql.update(c, "UPDATE octo_bookings SET status = 'CONFIRMED', redeemed_at = NULL,"
                + " updated_at = max(?, updated_at + " + MILLI + ") WHERE uuid = ?", at, b.uuid());
    }

    /** A status set by the supplier (simulation); CONFIRMED records when it was first confirmed. */
    void setStatus(Connection c, OctoBookingRow b, String status, long at) throws SQLException {
        Sql.update(c, "UPDATE octo_bookings SET status = ?1, confirmed_at = CASE WHEN ?1 = 'CONFIRMED'"
                + " THEN COALESCE(confirmed_at, ?2) ELSE confirmed_at END,"
                + " updated_at = max(?2, updated_at + " + MILLI + ") WHERE uuid = ?3", status, at, b.uuid());
    }

    void cancel(Connection c, OctoBookingRow b, String reason, long at) throws SQLException {
        Sql.update(c, "UPDATE octo_bookings SET status = 'CANCELLED', cancelled_at = ?, cancel_reason = ?,"
                + " updated_at = max(?, updated_at + " + MILLI + ") WHERE uuid = ?", at, reason, at, b.uuid());
    }

    /** Moves the seeded bookings by {@code days} (to keep them on the sandbox's today); created ones stay. */
    void shiftDemoDates(Connection c, long days) throws SQLException {
        Sql.update(c, "UPDATE octo_bookings SET local_date = date(local_date, ? || ' days') WHERE demo = 1",
                (days >= 0 ? "+" : "") + days);
    }

    void deleteAll(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM octo_unit_items");
        Sql.update(c, "DELETE FROM octo_bookings");
    }

    private Optional<OctoBookingRow> withUnits(Connection c, Optional<OctoBookingRow> b) throws SQLException {
        return b.isEmpty() ? b : Optional.of(b.get().withUnits(units(c, b.get().uuid())));
    }

    private List<OctoBookingRow> withUnits(Connection c, List<OctoBookingRow> rows) throws SQLException {
        List<OctoBookingRow> out = new ArrayList<>(rows.size());
        for (OctoBookingRow b : rows) {
            out.add(b.withUnits(units(c, b.uuid())));
        }
        return out;
    }

    private List<OctoBookingRow.Unit> units(Connection c, String bookingUuid) throws SQLException {
        return Sql.list(c, "SELECT * FROM octo_unit_items WHERE booking_uuid = ? ORDER BY position",
                OctoBookingRow.Unit::map, bookingUuid);
    }
}
