package com.loungedesk.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * The order rules from the provider's seeds. A walk-in is born 2 Used and may only become
 * 3 Cancelled, which refunds what it used; a prebooking moves 5->1, 5->10, 5->3, 1->2, 1->3.
 * Anything else is refused and changes nothing.
 */
final class OrderLifecycle {

    static final long CANCEL_WINDOW = Timestamps.hours(2);

    private static final Map<Integer, Set<Integer>> PREBOOKING_MOVES = Map.of(
            OrderRow.PENDING, Set.of(OrderRow.CONFIRMED, OrderRow.FAILED, OrderRow.CANCELLED),
            OrderRow.CONFIRMED, Set.of(OrderRow.USED, OrderRow.CANCELLED));

    private final OrderStore orders;
    private final PassStore passes;

    OrderLifecycle(OrderStore orders, PassStore passes) {
        this.orders = orders;
        this.passes = passes;
    }

    static boolean legal(OrderRow o, int to) {
        if (o.category() == OrderRow.WALKIN) {
            return o.status() == OrderRow.USED && to == OrderRow.CANCELLED;
        }
        return PREBOOKING_MOVES.getOrDefault(o.status(), Set.of()).contains(to);
    }

    static String name(int status) {
        switch (status) {
            case OrderRow.PENDING: return "Pending (5)";
            case OrderRow.CONFIRMED: return "Confirmed (1)";
            case OrderRow.USED: return "Used (2)";
            case OrderRow.CANCELLED: return "Cancelled (3)";
            case OrderRow.FAILED: return "Failed (10)";
            default: return "status " + status;
        }
    }

    /**
     * Cancels an order. A walk-in must still be inside its cancel window unless {@code elsewhere}
     * (a provider-side cancellation); its entitlement or bookings are given back.
     */
    OrderRow cancel(Connection c, OrderRow o, String reason, String operator, boolean elsewhere) throws SQLException {
        if (!legal(o, OrderRow.CANCELLED)) {
            throw new ApiError(ErrorKind.NOT_CANCELLABLE, "Order " + o.orderId() + " is "
                    + name(o.status()) + " and cannot be cancelled.");
        }
        long now = Timestamps.nowMicros();
        if (o.category() == OrderRow.WALKIN && !elsewhere && o.cancellableUntil() != null
                && now > o.cancellableUntil()) {
            throw new ApiError(ErrorKind.NOT_CANCELLABLE, "Order " + o.orderId() + " could be cancelled until "
                    + Timestamps.iso(o.cancellableUntil()) + "; that time has passed.");
        }
        long at = Timestamps.nowMicros();
        if (o.category() == OrderRow.WALKIN) {
            refund(c, o, at);
        }
        return orders.change(c, o, o.changed(OrderRow.CANCELLED, at, reason, operator, at));
    }

    /** Moves a prebooking to {@code to} if the seeds allow it. */
    OrderRow move(Connection c, OrderRow o, int to, String remarks) throws SQLException {
        if (to == OrderRow.CANCELLED) {
            return cancel(c, o, remarks, null, true);
        }
        if (!legal(o, to)) {
            throw new ApiError(ErrorKind.ILLEGAL_TRANSITION, "Order " + o.orderId() + " cannot go from "
                    + name(o.status()) + " to " + name(to) + ".");
        }
        long at = Timestamps.nowMicros();
        if (to == OrderRow.USED) {
            BookingRow booking = passes.bookingOfPrebooking(c, o.orderId()).orElseThrow();
            passes.redeemBooking(c, booking.redemptionCode(), o.orderId(), null, at);
            passes.markUsed(c, booking.reference(), at, o.place().resourceName());
        }
        return orders.change(c, o, o.changed(to, o.cancelledAt(), remarks, o.operatorId(), at));
    }

    private void refund(Connection c, OrderRow o, long at) throws SQLException {
        PassRow pass = passes.pass(c, o.bookingReference()).orElseThrow();
        if (pass.kind() == PassRow.PassKind.EPASS) {
            passes.changeEntitlements(c, pass.reference(), 1);
        } else {
            for (String code : o.redemptionCodes()) {
                passes.restoreBooking(c, code, at);
            }
        }
    }
}
