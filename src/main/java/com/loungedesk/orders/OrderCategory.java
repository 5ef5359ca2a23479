package com.loungedesk.orders;

/** Walk-in usages are born Used; prebookings go through Pending and Confirmed. */
public enum OrderCategory {
    WALK_IN(1), PREBOOKING(2), UNKNOWN(-1);

    private final int code;

    OrderCategory(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static OrderCategory ofCode(int code) {
        return code == 1 ? WALK_IN : code == 2 ? PREBOOKING : UNKNOWN;
    }
}
