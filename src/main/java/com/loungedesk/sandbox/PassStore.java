package com.loungedesk.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Passes and their bookings in SQLite. Every method runs inside the caller's transaction. */
final class PassStore {

    /** A pass with the bookings a reference names (all of them, or one when a code was scanned). */
    record Found(PassRow pass, List<BookingRow> bookings) {
    }

    void insert(Connection c, PassRow p) throws SQLException {
        Sql.update(c, "INSERT INTO passes(reference, account, kind, barcode, dp_id, program_id, product_id,"
                        + " product_name, module, hub_id, hub_name, hub_zone, resource_id, resource_name,"
                        + " entitlements_total, entitlements_left, guests_allowed, valid_until, contact_name,"
                        + " contact_email, contact_phone, created_at, last_used_at, last_used_where)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                p.reference(), p.account(), p.kind().name(), p.barcode(), p.dpId(), p.programId(), p.productId(),
                p.productName(), p.module(), p.place().hubId(), p.place().hubName(), p.place().zone(),
                p.place().resourceId(), p.place().resourceName(), p.entitlementsTotal(), p.entitlementsLeft(),
                p.guestsAllowed(), p.validUntil(), p.contact().fullName(), p.contact().emailAddress(),
                p.contact().phoneNumber(), p.createdAt(), p.lastUsedAt(), p.lastUsedWhere());
    }

    void insert(Connection c, BookingRow b) throws SQLException {
        Sql.update(c, "INSERT INTO bookings(redemption_code, uuid, reference, position, unit_id, status, order_id,"
                        + " created_at, updated_at, redeemed_at, confirmed_at, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                b.redemptionCode(), b.uuid(), b.reference(), b.position(), b.unitId(), b.status(), b.orderId(),
                b.createdAt(), b.updatedAt(), b.redeemedAt(), b.confirmedAt(), b.notes());
    }

    Optional<PassRow> pass(Connection c, String reference) throws SQLException {
        return Sql.one(c, "SELECT * FROM passes WHERE reference = ?", PassRow::map, reference);
    }

    Optional<BookingRow> booking(Connection c, String code) throws SQLException {
        return Sql.one(c, "SELECT * FROM bookings WHERE redemption_code = ?", BookingRow::map, code);
    }

    List<BookingRow> bookings(Connection c, String reference) throws SQLException {
        return Sql.list(c, "SELECT * FROM bookings WHERE reference = ? ORDER BY position", BookingRow::map, reference);
    }

    /** What a scanned or typed value names: a pass reference, its barcode value, or one booking's code. */
    Optional<Found> find(Connection c, String value) throws SQLException {
        Optional<PassRow> pass = Sql.one(c, "SELECT * FROM passes WHERE reference = ? OR barcode = ?"
                + " ORDER BY reference = ? DESC LIMIT 1", PassRow::map, value, value, value);
        if (pass.isPresent()) {
            return Optional.of(new Found(pass.get(), bookings(c, pass.get().reference())));
        }
        Optional<BookingRow> booking = booking(c, value);
        if (booking.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Found(pass(c, booking.get().reference()).orElseThrow(), List.of(booking.get())));
    }

    void changeEntitlements(Connection c, String reference, int delta) throws SQLException {
        Sql.update(c, "UPDATE passes SET entitlements_left = entitlements_left + ? WHERE reference = ?",
                delta, reference);
    }

    /** One visit of an e-pass used, and where and when (one statement; the CHECK refuses going below 0). */
    void useEntitlement(Connection c, String reference, long at, String where) throws SQLException {
        Sql.update(c, "UPDATE passes SET entitlements_left = entitlements_left - 1, last_used_at = ?,"
                + " last_used_where = ? WHERE reference = ?", at, where, reference);
    }

    void markUsed(Connection c, String reference, long at, String where) throws SQLException {
        Sql.update(c, "UPDATE passes SET last_used_at = ?, last_used_where = ? WHERE reference = ?",
                at, where, reference);
    }

    void redeemBooking(Connection c, String code, String orderId, String notes, long at) throws SQLException {
        Sql.update(c, "UPDATE bookings SET status = 'REDEEMED', order_id = ?, redeemed_at = ?, updated_at = ?,"
                + " notes = COALESCE(?, notes) WHERE redemption_code = ?", orderId, at, at, notes, code);
    }

    void touchBooking(Connection c, String code, String notes, long at) throws SQLException {
        Sql.update(c, "UPDATE bookings SET updated_at = ?, notes = COALESCE(?, notes) WHERE redemption_code = ?",
                at, notes, code);
    }

    void restoreBooking(Connection c, String code, long at) throws SQLException {
        Sql.update(c, "UPDATE bookings SET status = 'CONFIRMED', order_id = NULL, redeemed_at = NULL,"
                + " updated_at = ? WHERE redemption_code = ?", at, code);
    }

    /** The booking that carries a prebooking order. */
    Optional<BookingRow> bookingOfPrebooking(Connection c, String orderId) throws SQLException {
        return Sql.one(c, "SELECT b.* FROM bookings b JOIN passes p ON p.reference = b.reference"
                + " WHERE p.kind = 'PREBOOKING' AND b.order_id = ?", BookingRow::map, orderId);
    }
}
