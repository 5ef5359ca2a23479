package com.loungedesk.redemption;

import java.util.List;

/** Sentences for a confirmed redemption. */
final class Verdicts {
    private Verdicts() {
    }

    /** The answer's rows for what was chosen (a booking answered whole when some of its people were chosen). */
    private static List<PassBooking> answered(List<PassBooking> rows, List<PassBooking> chosen) {
        List<PassBooking> mine = rows.stream().filter(r -> chosen.stream()
                .anyMatch(c -> c.redemptionCode() != null && c.redemptionCode().equals(r.redemptionCode()))).toList();
        return mine.isEmpty() ? rows : mine;
    }

    static Verdict redeemed(Delivery d, List<PassBooking> chosen, int guests) {
        List<PassBooking> now = d.bookings().isEmpty() ? chosen
                : answered(BookingMapping.toPassBookings(d.bookings()), chosen);
        PassBooking first = now.get(0);
        StringBuilder m = new StringBuilder("Redeemed");
        m.append(now.size() > 1 ? " " + now.size() + " bookings" : "");
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
