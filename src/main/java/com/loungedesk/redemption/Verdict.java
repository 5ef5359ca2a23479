package com.loungedesk.redemption;

import java.util.List;
import java.util.Map;
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

    /**
     * The people this verdict is about, by unit type: everyone on every booking a redeem admitted (VALID,
     * QUEUED), else those on the first booking shown.
     */
    public Map<String, Integer> people() {
        if (bookings.isEmpty()) {
            return Map.of();
        }
        return kind == VerdictKind.VALID || kind == VerdictKind.QUEUED ? People.total(bookings)
                : bookings.get(0).people();
    }

    public static Verdict of(VerdictKind kind, String message) {
        return new Verdict(kind, message, List.of(), null);
    }
}
