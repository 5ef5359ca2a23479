package com.loungedesk.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lookup, redeem, un-redeem and cancel-elsewhere of a plain OCTO supplier, each all-or-nothing inside
 * the caller's transaction on the sandbox's single writer, so a booking or a unit item redeems once
 * however many requests race.
 *
 * <p>How redeeming works per unit item: the booking's code (its {@code supplierReference}, the
 * voucher's QR code) redeems every unit item not yet redeemed; a unit item's ticket code redeems that
 * one; the booking becomes REDEEMED once all its unit items are (its {@code utcRedeemedAt} is then
 * the last one's). A lookup by a unit item's code answers its whole booking, with that code as
 * {@code redemptionCode}. Un-redeeming a booking's code gives back every unit item; a ticket code
 * gives back that one; either way the booking is CONFIRMED again. A package reference names several
 * bookings; it is not itself a redemption code.
 */
final class OctoRedemptions {

    /** What a code names: a whole booking ({@code unit} null) or one unit item of it. */
    record Target(OctoBookingRow booking, OctoBookingRow.Unit unit, String code) {
        OctoState state() {
            return OctoState.of(booking, unit);
        }
    }

    /** Statuses the status simulation may set: OCTO's, less REDEEMED and CANCELLED, plus two that suppliers add. */
    static final Set<String> SETTABLE = Set.of("ON_HOLD", "CONFIRMED", "EXPIRED", "PENDING",
            "REJECTED", "NOSHOW", "UPGRADED");

    private final OctoBookingStore store;
    private final Accounts accounts;

    OctoRedemptions(OctoBookingStore store, Accounts accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    /** The bookings behind a scanned or typed value for this account; empty when unknown or not its own. */
    List<Target> lookup(Connection c, int account, String reference) throws SQLException {
        List<Target> found = new ArrayList<>();
        Optional<Target> one = target(c, reference);
        if (one.isPresent()) {
            found.add(one.get());
        } else {
            for (OctoBookingRow b : store.byPackage(c, reference)) {
                found.add(new Target(b, null, b.code()));
            }
        }
        found.removeIf(t -> t.booking().account() != account);
        return found;
    }

    /** The first of the desk's keys whose account owns the reference, or null. */
    String credentials(Connection c, String reference, List<String> apiKeys) throws SQLException {
        Optional<Target> one = target(c, reference);
        Integer owner = one.isPresent() ? Integer.valueOf(one.get().booking().account())
                : store.byPackage(c, reference).stream().map(OctoBookingRow::account).findFirst().orElse(null);
        if (owner == null) {
            return null;
        }
        for (String key : apiKeys) {
            if (accounts.accountOf(key).filter(owner::equals).isPresent()) {
                return key;
            }
        }
        return null;
    }

    /** Redeems every code, or none of them; answers each code's booking as it now is. */
    List<OctoBookingRow> redeem(Connection c, int account, List<String> codes, String notes) throws SQLException {
        if (new HashSet<>(codes).size() != codes.size()) {
            throw ApiError.badRequest("\"redemptionCode\" names the same code twice.");
        }
        long now = Timestamps.nowMicros();
        List<String> bookings = new ArrayList<>();
        for (String code : codes) {
            Target t = owned(c, account, code);
            OctoState state = t.state();
            if (!state.redeemable()) {
                throw state.refusal();
            }
            store.redeem(c, t.booking(), t.unit(), notes, now);
            bookings.add(t.booking().uuid());
        }
        List<OctoBookingRow> after = new ArrayList<>();
        for (String uuid : bookings) {
            after.add(store.byUuid(c, uuid).orElseThrow());
        }
        return after;
    }

    /** OCTO's un-redeem ({@code DELETE /redemption/redeem}); refused when there is nothing redeemed to take back. */
    OctoBookingRow unredeem(Connection c, int account, String code) throws SQLException {
        Target t = owned(c, account, code);
        OctoBookingRow b = t.booking();
        boolean usable = OctoBookingRow.CONFIRMED.equals(b.status()) || OctoBookingRow.REDEEMED.equals(b.status());
        if (!usable) {
            throw OctoState.of(b, null).refusal();
        }
        boolean redeemed = t.unit() != null ? t.unit().redeemed()
                : b.units().stream().anyMatch(OctoBookingRow.Unit::redeemed);
        if (!redeemed) {
            throw ApiError.unprocessable("\"" + code + "\" is not redeemed; there is nothing to undo.");
        }
        store.unredeem(c, b, t.unit(), Timestamps.nowMicros());
        return store.byUuid(c, b.uuid()).orElseThrow();
    }

    /** A cancellation made at the supplier (simulation): any booking not already cancelled. */
    OctoBookingRow cancelElsewhere(Connection c, OctoBookingRow b, String reason) throws SQLException {
        if (OctoBookingRow.CANCELLED.equals(b.status())) {
            throw ApiError.unprocessable("Booking " + b.code() + " is already cancelled.");
        }
        store.cancel(c, b, reason, Timestamps.nowMicros());
        return store.byUuid(c, b.uuid()).orElseThrow();
    }

    /**
     * A status set at the supplier (simulation): any of {@link #SETTABLE}. REDEEMED and CANCELLED have
     * their own calls; a booking with redeemed unit items must be un-redeemed first.
     */
    OctoBookingRow setStatusElsewhere(Connection c, OctoBookingRow b, String status) throws SQLException {
        if (!SETTABLE.contains(status)) {
            throw ApiError.badRequest("\"status\" must be one of " + new TreeSet<>(SETTABLE)
                    + " (REDEEMED and CANCELLED have their own calls).");
        }
        if (b.units().stream().anyMatch(OctoBookingRow.Unit::redeemed)) {
            throw ApiError.unprocessable("Booking " + b.code() + " has redeemed unit items; un-redeem it first.");
        }
        store.setStatus(c, b, status, Timestamps.nowMicros());
        return store.byUuid(c, b.uuid()).orElseThrow();
    }

    /** A booking of the account named by its uuid or its code (the simulation calls accept either). */
    OctoBookingRow ownedBooking(Connection c, int account, String uuidOrCode) throws SQLException {
        Optional<OctoBookingRow> b = store.byUuid(c, uuidOrCode);
        if (b.isEmpty()) {
            b = store.byCode(c, uuidOrCode);
        }
        return b.filter(x -> x.account() == account).orElseThrow(() -> ApiError.invalidBookingUuid(uuidOrCode));
    }

    private Target owned(Connection c, int account, String code) throws SQLException {
        return target(c, code).filter(t -> t.booking().account() == account)
                .orElseThrow(() -> ApiError.badRequest("Unknown redemption code \"" + code + "\"."));
    }

    /** A booking's code or a unit item's ticket code. */
    private Optional<Target> target(Connection c, String code) throws SQLException {
        Optional<OctoBookingRow> booking = store.byCode(c, code);
        if (booking.isPresent()) {
            return Optional.of(new Target(booking.get(), null, code));
        }
        Optional<OctoBookingRow.Unit> unit = store.unitByCode(c, code);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        OctoBookingRow of = store.byUuid(c, unit.get().bookingUuid()).orElseThrow();
        return Optional.of(new Target(of, unit.get(), code));
    }
}
