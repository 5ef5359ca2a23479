package com.loungedesk.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Times are stored as microseconds since the epoch and written as ISO-8601 text. */
final class Timestamps {

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter OFFSET_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private Timestamps() {
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000L;
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /**
     * "2026-11-23T16:40:00.123456Z". Written by hand for years 1 to 9999 (every order and booking time
     * passes here, and {@link DateTimeFormatter} was a quarter of the order feed's CPU); other years go
     * through the formatter.
     */
    static String iso(long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        if (day.getYear() < 1 || day.getYear() > 9999) {
            return UTC_MICROS.format(instant(micros));
        }
        char[] out = new char[27];
        dateTime(out, day, (int) Math.floorMod(seconds, 86_400L));
        out[19] = '.';
        digits(out, 20, (int) Math.floorMod(micros, 1_000_000L), 6);
        out[26] = 'Z';
        return new String(out);
    }

    /** "2026-11-23T16:40:00.123Z": what the plain OCTO supplier writes (milliseconds, as many suppliers do). */
    static String isoMillis(long micros) {
        return UTC_MILLIS.format(instant(micros));
    }

    static String isoMillisOrNull(Long micros) {
        return micros == null ? null : isoMillis(micros);
    }

    static String isoOrNull(Long micros) {
        return micros == null ? null : iso(micros);
    }

    /** "yyyy-MM-ddTHH:mm:ss" wall-clock time at the given place. */
    static String local(long micros, String zone) {
        return LocalDateTime.ofInstant(instant(micros), zone(zone)).format(LOCAL);
    }

    /** As the push seed writes dates: seconds and an explicit offset, in the given zone. */
    static String withOffset(long micros, String zone) {
        Instant at = instant(micros);
        ZoneOffset offset = zone(zone).getRules().getOffset(at);
        long local = at.getEpochSecond() + offset.getTotalSeconds();
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400L));
        if (offset.getTotalSeconds() % 60 != 0 || day.getYear() < 1 || day.getYear() > 9999) {
            return at.atZone(zone(zone)).format(OFFSET_SECONDS);
        }
        char[] out = new char[25];
        dateTime(out, day, (int) Math.floorMod(local, 86_400L));
        int minutes = Math.abs(offset.getTotalSeconds()) / 60;
        out[19] = offset.getTotalSeconds() < 0 ? '-' : '+';
        digits(out, 20, minutes / 60, 2);
        out[22] = ':';
        digits(out, 23, minutes % 60, 2);
        return new String(out);
    }

    /** Zone ids are few (the seeded places'); parsing one each time showed in the redeem profile. */
    private static ZoneId zone(String id) {
        return ZONES.computeIfAbsent(id, ZoneId::of);
    }

    /** "yyyy-MM-ddTHH:mm:ss" into out[0..19). */
    private static void dateTime(char[] out, LocalDate day, int secondOfDay) {
        digits(out, 0, day.getYear(), 4);
        out[4] = '-';
        digits(out, 5, day.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, day.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Parses an ISO-8601 instant with an offset ("Z" or "+01:00"), else refuses the request. */
    static long parseMicros(String text, String what) {
        if (text.length() > 64) {
            throw ApiError.badRequest(what + " is too long to be an ISO-8601 time.");
        }
        try {
            Instant at = OffsetDateTime.parse(text).toInstant();
            return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw ApiError.badRequest(what + " must be an ISO-8601 time with an offset, e.g. 2026-11-23T16:40:00.000000Z.");
        }
    }

    static long hours(long n) {
        return n * 3_600_000_000L;
    }

    static long days(long n) {
        return hours(24 * n);
    }
}
