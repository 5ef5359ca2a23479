package com.loungedesk.sandbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Times are stored as microseconds since the epoch and written as ISO-8601 text. */
final class Timestamps {

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter OFFSET_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Timestamps() {
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000L;
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    static String iso(long micros) {
        return UTC_MICROS.format(instant(micros));
    }

    static String isoOrNull(Long micros) {
        return micros == null ? null : iso(micros);
    }

    /** "yyyy-MM-ddTHH:mm:ss" wall-clock time at the given place. */
    static String local(long micros, String zone) {
        return LocalDateTime.ofInstant(instant(micros), ZoneId.of(zone)).format(LOCAL);
    }

    /** As the push seed writes dates: seconds and an explicit offset, in the given zone. */
    static String withOffset(long micros, String zone) {
        return instant(micros).atZone(ZoneId.of(zone)).format(OFFSET_SECONDS);
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
