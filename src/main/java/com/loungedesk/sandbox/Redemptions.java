package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Redeem, un-redeem and validate, each all-or-nothing inside the caller's transaction: a booking
 * redeems once, an e-pass at most its entitlements, guests never beyond what the pass allows.
 */
final class Redemptions {

    /** The outcome of one redeem request: the bookings as they now are and the usage order. */
    record Redeemed(List<ObjectNode> bookings, String orderId) {
    }

    private final PassStore passes;
    private final OrderStore orders;
    private final OrderLifecycle lifecycle;
    private final PassLookup lookup;

    Redemptions(PassStore passes, OrderStore orders, OrderLifecycle lifecycle, PassLookup lookup) {
        this.passes = passes;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.lookup = lookup;
    }

    Redeemed redeem(Connection c, int account, List<String> codes, int guests, String notes) throws SQLException {
        String orderId = use(c, account, codes, guests, notes);
        List<ObjectNode> after = new ArrayList<>();
        for (String code : codes) {
            after.add(BookingView.thisUsage(lookup.viewNow(c, code, orderId)));
        }
        return new Redeemed(after, orderId);
    }

    /** Redeems the codes under every rule of {@link #redeem}; returns only the order id, no booking views. */
    String use(Connection c, int account, List<String> codes, int guests, String notes) throws SQLException {
        if (codes.isEmpty()) {
            throw ApiError.badRequest("\"redemptionCode\" names no booking.");
        }
        if (new HashSet<>(codes).size() != codes.size()) {
            throw ApiError.badRequest("\"redemptionCode\" names the same booking twice.");
        }
        List<BookingRow> bookings = new ArrayList<>();
        for (String code : codes) {
            bookings.add(lookup.ownedBooking(c, account, code));
        }
        String reference = bookings.get(0).reference();
        if (bookings.stream().anyMatch(b -> !b.reference().equals(reference))) {
            throw ApiError.badRequest("All redemption codes of one request must belong to one pass.");
        }
        PassRow pass = passes.pass(c, reference).orElseThrow();
        if (guests > pass.guestsAllowed()) {
            throw ApiError.unprocessable("This pass allows at most " + pass.guestsAllowed() + " guest"
                    + (pass.guestsAllowed() == 1 ? "" : "s") + "; " + guests + " requested.");
        }
        long now = Timestamps.nowMicros();
        for (BookingRow b : bookings) {
            BookingState state = BookingState.of(pass, b, lookup.prebookingStatus(c, pass, b), now);
            if (!state.redeemable()) {
                throw state.refusal();
            }
        }
        return apply(c, pass, bookings, codes, guests, notes);
    }

    private String apply(Connection c, PassRow pass, List<BookingRow> bookings, List<String> codes, int guests,
                         String notes) throws SQLException {
        if (pass.kind() == PassRow.PassKind.PREBOOKING) {
            BookingRow b = bookings.get(0);
            OrderRow order = orders.find(c, b.orderId()).orElseThrow();
            lifecycle.move(c, order, OrderRow.USED, "used at the desk");
            passes.touchBooking(c, b.redemptionCode(), notes, Timestamps.nowMicros());
            return order.orderId();
        }
        OrderRow order = newWalkin(c, pass, codes, guests);
        for (BookingRow b : bookings) {
            if (pass.kind() == PassRow.PassKind.EPASS) {
                passes.touchBooking(c, b.redemptionCode(), notes, order.createdAt());
            } else {
                passes.redeemBooking(c, b.redemptionCode(), order.orderId(), notes, order.createdAt());
            }
        }
        if (pass.kind() == PassRow.PassKind.EPASS) {
            passes.useEntitlement(c, pass.reference(), order.createdAt(), pass.place().resourceName());
        } else {
            passes.markUsed(c, pass.reference(), order.createdAt(), pass.place().resourceName());
        }
        return order.orderId();
    }

    /**
     * One walk-in order for everyone who entered: the cardholder plus, as guests, the other bookings of
     * the request (a package's travellers) and the guests asked for.
     */
    private OrderRow newWalkin(Connection c, PassRow pass, List<String> codes, int guests) throws SQLException {
        long at = orders.nextChangeTime(c);
        int others = codes.size() - 1 + guests;
        OrderRow order = new OrderRow(orders.nextOrderId(c), pass.account(), OrderRow.WALKIN, pass.module(),
                OrderRow.USED, pass.reference(), List.copyOf(codes), pass.dpId(), pass.programId(), pass.place(),
                others, at, at, null, at, 1, at + OrderLifecycle.CANCEL_WINDOW, null, null);
        return orders.create(c, order);
    }

    /** Cancels the walk-in usage named by orderId, else the latest one for the code; refunds it. */
    ObjectNode unredeem(Connection c, int account, String code, String orderId, String reason) throws SQLException {
        lookup.ownedBooking(c, account, code);
        OrderRow order;
        if (orderId != null) {
            order = orders.find(c, orderId)
                    .filter(o -> o.account() == account && o.redemptionCodes().contains(code))
                    .orElseThrow(() -> new ApiError(ErrorKind.NOT_CANCELLABLE,
                            "There is no usage order " + orderId + " for \"" + code + "\"."));
        } else {
            order = orders.latestUsedWalkin(c, code).orElseThrow(() -> new ApiError(ErrorKind.NOT_CANCELLABLE,
                    "\"" + code + "\" has no walk-in usage that could be cancelled."));
        }
        if (order.category() != OrderRow.WALKIN) {
            throw new ApiError(ErrorKind.NOT_CANCELLABLE, "A prebooking cannot be un-redeemed; order "
                    + order.orderId() + " is " + OrderLifecycle.name(order.status()) + ".");
        }
        OrderRow cancelled = lifecycle.cancel(c, order, reason, null, false);
        return lookup.viewNow(c, code, cancelled.orderId());
    }

    /** Checks the server's rules; a valid booking not yet redeemed is redeemed. */
    ObjectNode validate(Connection c, int account, String code) throws SQLException {
        BookingRow b = lookup.ownedBooking(c, account, code);
        PassRow pass = passes.pass(c, b.reference()).orElseThrow();
        BookingState state = BookingState.of(pass, b, lookup.prebookingStatus(c, pass, b), Timestamps.nowMicros());
        ObjectNode answer = Json.object();
        if (state.redeemable()) {
            Redeemed redeemed = redeem(c, account, List.of(code), 0, null);
            answer.put("valid", true);
            answer.putNull("reason");
            answer.set("booking", redeemed.bookings().get(0));
        } else {
            answer.put("valid", false);
            answer.put("reason", state.reason());
            answer.set("booking", lookup.view(c, pass, b, Timestamps.nowMicros()));
        }
        return answer;
    }
}
