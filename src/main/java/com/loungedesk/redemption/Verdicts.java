package com.loungedesk.redemption;

import java.util.List;

/** Sentences for a confirmed redemption. */
final class Verdicts {
    private Verdicts() {
    }

    /**
     * The answer's rows for what was chosen, once each: a booking is answered whole when some of its people
     * were chosen, and once per chosen code when several of its tickets were redeemed in one request.
     */
    private static List<PassBooking> answered(List<PassBooking> rows, List<PassBooking> chosen) {
        java.util.Map<String, PassBooking> byCode = new java.util.LinkedHashMap<>();
        for (PassBooking r : rows) {
            boolean wanted = chosen.stream()
                    .anyMatch(c -> c.redemptionCode() != null && c.redemptionCode().equals(r.redemptionCode()));
            if (wanted) {
                byCode.putIfAbsent(r.redemptionCode(), r);
            }
        }
        return byCode.isEmpty() ? rows : List.copyOf(byCode.values());
    }

    /** "2 bookings", or "2 people" when the rows are people of one booking. */
    private static String counted(List<PassBooking> rows) {
        boolean onePartysPeople = rows.get(0).bookingId() != null
                && rows.stream().allMatch(r -> rows.get(0).bookingId().equals(r.bookingId()));
        return rows.size() + (onePartysPeople ? " people" : " bookings");
    }

    static Verdict redeemed(Delivery d, List<PassBooking> chosen, int guests) {
        List<PassBooking> now = d.bookings().isEmpty() ? chosen
                : answered(BookingMapping.toPassBookings(d.bookings()), chosen);
        PassBooking first = now.get(0);
        StringBuilder m = new StringBuilder("Redeemed");
        m.append(now.size() > 1 ? " " + counted(now) : "");
        if (!first.holderName().isBlank()) {
            m.append(" for ").append(first.holderName());
        }
        if (guests > 0) {
            m.append(" + ").append(guests).append(guests == 1 ? " guest" : " guests");
        }
        m.append('.');
        if (first.entitlementsLeft() != null) {
            m.append(' ').append(first.entitlementsLeft()).append(first.entitlementsLeft() == 1 ? " visit" : " visits")
                    .append(" left.");
        }
        if (d.orderId() != null) {
            m.append(" Order ").append(d.orderId()).append('.');
        }
        return new Verdict(VerdictKind.VALID, m.toString(), now, d.orderId());
    }
}
