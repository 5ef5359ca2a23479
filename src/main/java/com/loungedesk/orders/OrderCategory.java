package com.loungedesk.orders;

/**
 * Walk-in usages are born Used; prebookings go through Pending and Confirmed; a supplier's booking (a
 * plain OCTO supplier's, which has no order lifecycle of its own) may move either way, e.g. Used back
 * to Confirmed when it is un-redeemed.
 */
public enum OrderCategory {
    WALK_IN(1), PREBOOKING(2), BOOKING(9), UNKNOWN(-1);

    private final int code;

    OrderCategory(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Whether a usage of this kind in {@code status} may be undone by a supervisor (its entitlement given back). */
    public boolean undoable(OrderStatus status) {
        return status == OrderStatus.USED && (this == WALK_IN || this == BOOKING);
    }

    public static OrderCategory ofCode(int code) {
        return code == 1 ? WALK_IN : code == 2 ? PREBOOKING : code == 9 ? BOOKING : UNKNOWN;
    }
}
