package com.loungedesk.redemption;

import java.util.List;

/** Sentences for a confirmed redemption. */
final class Verdicts {
    private Verdicts() {
    }

    static Verdict redeemed(Delivery d, List<PassBooking> chosen, int guests) {
        List<PassBooking> now = d.bookings().isEmpty() ? chosen
                : d.bookings().stream().map(BookingMapping::toPassBooking).toList();
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
