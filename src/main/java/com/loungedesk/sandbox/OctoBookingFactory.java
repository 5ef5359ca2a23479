package com.loungedesk.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Builds CONFIRMED plain OCTO bookings: for the seed and for {@code POST /sandbox/bookings}. */
final class OctoBookingFactory {

    /** What a new booking is: who, what, when, and its unit items' unit ids (ADULT, CHILD, INFANT…). */
    record Spec(String code, int account, String packageReference, String resellerReference, String productId,
                String optionId, LocalDate day, String holder, List<String> unitIds) {
    }

    private OctoBookingFactory() {
    }

    /** The supplier's time zone: the sandbox machine's, so "today" is the desk's today when both run here. */
    static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    static LocalDate today() {
        return LocalDate.now(zone());
    }

    static OctoBookingRow confirmed(Spec s, long now) {
        String uuid = uuid("loungedesk-octo-booking:" + s.code());
        List<OctoBookingRow.Unit> units = new ArrayList<>();
        for (int i = 0; i < s.unitIds().size(); i++) {
            String code = s.code() + "-" + (i + 1);
            units.add(new OctoBookingRow.Unit(uuid("loungedesk-octo-unit:" + code), uuid, i + 1, s.unitIds().get(i),
                    code, null));
        }
        String email = s.holder().toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com";
        PassRow.Contact contact = new PassRow.Contact(s.holder(), email,
                String.format("+44 20 7946 1%03d", Math.floorMod(s.holder().hashCode(), 1000)));
        return new OctoBookingRow(uuid, s.account(), s.code(), s.resellerReference(), s.packageReference(),
                s.productId(), s.optionId(), OctoBookingRow.CONFIRMED, s.day().toString(), "09:00", "17:00",
                zone().getId(), contact, null, now, now, now, null, null, null, units);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
