package com.loungedesk.sandbox;

import java.security.SecureRandom;
import java.util.UUID;

/** Builds pass rows with the sandbox's demo places, programs and contacts. */
final class PassFactory {

    static final PassRow.Place LOUNGE = new PassRow.Place("A10045", "Gatwick Airport", "Europe/London",
            "N00129", "No1 Lounge Gatwick North");
    static final PassRow.Place FAST_TRACK = new PassRow.Place("A10045", "Gatwick Airport", "Europe/London",
            "F00231", "Fast Track Gatwick North");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PassFactory() {
    }

    static String programId(int account) {
        return String.format("1888%012d", account);
    }

    static PassRow epass(String reference, int account, int total, int left, int guests, long validUntil,
                         String holder, long now) {
        return new PassRow(reference, account, PassRow.PassKind.EPASS, reference, reference, programId(account),
                "LOUNGE-EPASS", "Lounge walk-in e-pass (" + total + " visits)", 1, LOUNGE, total, left, guests,
                validUntil, contact(holder), now, null, null);
    }

    static PassRow packageOf(String reference, String dpId, int account, int bookings, int guests, long validUntil,
                             String holder, long now) {
        return new PassRow(reference, account, PassRow.PassKind.BOOKING, reference, dpId,
                programId(account), "LOUNGE-PACKAGE", "Lounge package (" + bookings + " bookings)", 1, LOUNGE,
                null, null, guests, validUntil, contact(holder), now, null, null);
    }

    static PassRow prebooking(String reference, String dpId, int account, long validUntil, String holder, long now) {
        return new PassRow(reference, account, PassRow.PassKind.PREBOOKING, reference, dpId,
                programId(account), "FASTTRACK-PREBOOK", "Fast Track prebooking", 2, FAST_TRACK, null, null, 0,
                validUntil, contact(holder), now, null, null);
    }

    static BookingRow booking(String code, String reference, int position, String unitId, String orderId, long now,
                              Long confirmedAt) {
        String uuid = UUID.nameUUIDFromBytes(("loungedesk-booking:" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        return new BookingRow(code, uuid, reference, position, unitId, "CONFIRMED", orderId, now, now, null,
                confirmedAt, null);
    }

    static OrderRow prebookingOrder(String orderId, PassRow pass, int status, long createdAt, long updatedAt) {
        return new OrderRow(orderId, pass.account(), OrderRow.PREBOOKING, pass.module(), status, pass.reference(),
                java.util.List.of(pass.reference()), pass.dpId(), pass.programId(), pass.place(), 0, createdAt,
                null, null, updatedAt, 1, null, null, null);
    }

    static String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(RANDOM.nextInt(10));
        }
        return sb.toString();
    }

    static String letters(int n) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static PassRow.Contact contact(String holder) {
        String email = holder.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com";
        return new PassRow.Contact(holder, email,
                String.format("+44 20 7946 0%03d", Math.floorMod(holder.hashCode(), 1000)));
    }
}
