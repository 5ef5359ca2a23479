package com.loungedesk.redemption;

import java.util.List;

/**
 * What a scanned reference turned out to be.
 *
 * @param reference the reference as scanned or typed
 * @param bookings  the bookings behind it (several for a package); empty when {@code failure} is set
 * @param failure   why nothing could be looked up (unknown pass, backend down...), or null on success
 */
public record LookupOutcome(String reference, List<PassBooking> bookings, Verdict failure) {
    public LookupOutcome {
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
    }

    public boolean found() {
        return failure == null && !bookings.isEmpty();
    }

    public boolean isPackage() {
        return bookings.size() > 1;
    }

    /** Several rows that are the people of one booking (its unit items), not several bookings. */
    public boolean isParty() {
        String first = bookings.isEmpty() ? null : bookings.get(0).bookingId();
        return isPackage() && first != null && bookings.stream().allMatch(b -> first.equals(b.bookingId()));
    }
}
