package com.loungedesk.redemption;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a scan or a redeem, as a value (never an exception).
 *
 * @param kind      what happened
 * @param message   one short sentence a person can read
 * @param bookings  the booking(s) concerned, possibly empty
 * @param orderId   the usage order created by a redeem, or null
 */
public record Verdict(VerdictKind kind, String message, List<PassBooking> bookings, String orderId) {
    public Verdict {
        Objects.requireNonNull(kind, "kind");
        message = message == null ? "" : message;
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
    }

    public static Verdict of(VerdictKind kind, String message) {
        return new Verdict(kind, message, List.of(), null);
    }
}
