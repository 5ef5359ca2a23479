package com.loungedesk.ui.common;

import com.loungedesk.redemption.PassBooking;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Booking facts in the desk's language: people by unit type ("2 Adults", "2 位成人") named from the
 * {@code unitId}, and why a booking cannot be redeemed from the backend's reason code, with dates in
 * the desk's locale. The backend's own sentence is used only when the desk has no better words.
 */
public final class BookingWords {

    private final Texts texts;
    private final ZoneId zone;

    public BookingWords(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    /** "2 Adults, 1 Child" in the desk's language; a unit type the desk has no word for keeps its own name. */
    public String people(Map<String, Integer> people) {
        String separator = texts.find("unit.separator").orElse(", ");
        return people.entrySet().stream().map(e -> texts.find("unit." + e.getKey(), e.getValue())
                        .orElseGet(() -> texts.get("unit.unnamed", e.getValue(), name(e.getKey()))))
                .collect(Collectors.joining(separator));
    }

    /** The booking's units: counted people when known, else the summary as it came. */
    public String people(PassBooking b) {
        return b.people().isEmpty() ? b.units() : people(b.people());
    }

    /** Why the booking cannot be redeemed, in the desk's language when the reason code is one the desk knows. */
    public String reason(PassBooking b) {
        String code = b.reasonCode() == null ? "" : b.reasonCode();
        if (!code.isEmpty()) {
            if (b.validUntil() != null) {
                String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale())
                        .format(b.validUntil().atZone(zone).toLocalDate());
                var dated = texts.find("reason.code." + code + ".on", date);
                if (dated.isPresent()) {
                    return dated.get();
                }
            }
            var plain = texts.find("reason.code." + code);
            if (plain.isPresent()) {
                return plain.get();
            }
        }
        String server = b.unredeemableReason() == null ? "" : b.unredeemableReason();
        return server.isBlank() ? texts.get("booking.status." + b.status().name()) : server;
    }

    private static String name(String unitId) {
        return unitId.substring(0, 1) + unitId.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
