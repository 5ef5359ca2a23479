package com.loungedesk.orders;

/** DragonPass usage-order status codes; a code the console does not know becomes UNKNOWN. */
public enum OrderStatus {
    CONFIRMED(1), USED(2), CANCELLED(3), PENDING(5), FAILED(10), UNKNOWN(-1);

    private final int code;

    OrderStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static OrderStatus ofCode(int code) {
        for (OrderStatus s : values()) {
            if (s.code == code && s != UNKNOWN) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
