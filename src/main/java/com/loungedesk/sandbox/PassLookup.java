package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Read-side of passes: lookup, credentials routing, and rendering bookings as they are now. */
final class PassLookup {

    private final PassStore passes;
    private final OrderStore orders;
    private final Accounts accounts;

    PassLookup(PassStore passes, OrderStore orders, Accounts accounts) {
        this.passes = passes;
        this.orders = orders;
        this.accounts = accounts;
    }

    /** The bookings behind a scanned or typed value for this account; empty when unknown or not its own. */
    ArrayNode lookup(Connection c, int account, String reference) throws SQLException {
        ArrayNode items = Json.MAPPER.createArrayNode();
        Optional<PassStore.Found> found = passes.find(c, reference);
        if (found.isEmpty() || found.get().pass().account() != account) {
            return items;
        }
        long now = Timestamps.nowMicros();
        for (BookingRow b : found.get().bookings()) {
            items.add(view(c, found.get().pass(), b, now));
        }
        return items;
    }

    /** The first of the desk's keys whose account owns the reference, or null. */
    String credentials(Connection c, String reference, List<String> apiKeys) throws SQLException {
        Optional<PassStore.Found> found = passes.find(c, reference);
        if (found.isEmpty()) {
            return null;
        }
        for (String key : apiKeys) {
            Optional<Integer> account = accounts.accountOf(key);
            if (account.isPresent() && account.get() == found.get().pass().account()) {
                return key;
            }
        }
        return null;
    }

    ObjectNode view(Connection c, PassRow pass, BookingRow b, long now) throws SQLException {
        OrderRow prebooking = pass.kind() == PassRow.PassKind.PREBOOKING && b.orderId() != null
                ? orders.find(c, b.orderId()).orElse(null) : null;
        return BookingView.render(pass, b, prebooking, now);
    }

    /** The booking as it is now, re-read, with the usage order of this request attached. */
    ObjectNode viewNow(Connection c, String code, String orderId) throws SQLException {
        BookingRow b = passes.booking(c, code).orElseThrow();
        PassRow pass = passes.pass(c, b.reference()).orElseThrow();
        ObjectNode n = view(c, pass, b, Timestamps.nowMicros());
        n.put("orderId", orderId);
        return n;
    }

    /** A booking the account may act on, else INVALID_REDEMPTION_CODE (unknown and foreign look alike). */
    BookingRow ownedBooking(Connection c, int account, String code) throws SQLException {
        Optional<BookingRow> b = passes.booking(c, code);
        if (b.isPresent() && passes.pass(c, b.get().reference()).orElseThrow().account() == account) {
            return b.get();
        }
        throw new ApiError(ErrorKind.INVALID_REDEMPTION_CODE, "Unknown redemption code \"" + code + "\".");
    }

    Integer prebookingStatus(Connection c, PassRow pass, BookingRow b) throws SQLException {
        if (pass.kind() != PassRow.PassKind.PREBOOKING || b.orderId() == null) {
            return null;
        }
        return orders.find(c, b.orderId()).map(OrderRow::status).orElse(null);
    }
}
