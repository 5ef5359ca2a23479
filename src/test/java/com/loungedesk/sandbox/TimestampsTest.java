package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written ISO formatting writes exactly what {@link DateTimeFormatter} writes. */
class TimestampsTest {

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    /** Whole-hour, half-hour, quarter-hour, negative and historical (seconds in the offset) zones. */
    private static final List<String> ZONES = List.of("UTC", "Europe/London", "Asia/Kolkata", "Asia/Kathmandu",
            "America/St_Johns", "America/Los_Angeles", "Pacific/Chatham", "Europe/Amsterdam");
    private static final long YEAR_1 = -62_135_596_800_000_000L;
    private static final long YEAR_10000 = 253_402_300_800_000_000L;

    @Test
    void isoMatchesTheFormatterAcrossTheWholeRange() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long micros = random.nextLong(YEAR_1 - 1_000_000_000_000L, YEAR_10000 + 1_000_000_000_000L);
            assertEquals(UTC_MICROS.format(at(micros)), Timestamps.iso(micros), "micros " + micros);
        }
    }

    @Test
    void isoAtTheEdges() {
        for (long micros : new long[] {0, -1, 1, 999_999, -1_000_000, YEAR_1, YEAR_1 - 1, YEAR_10000 - 1, YEAR_10000,
                1_795_444_800_000_000L}) {
            assertEquals(UTC_MICROS.format(at(micros)), Timestamps.iso(micros), "micros " + micros);
        }
        assertEquals("1970-01-01T00:00:00.000000Z", Timestamps.iso(0));
        assertEquals("1969-12-31T23:59:59.999999Z", Timestamps.iso(-1));
    }

    @Test
    void withOffsetMatchesTheFormatterInEveryKindOfZone() {
        SplittableRandom random = new SplittableRandom(11);
        for (String zone : ZONES) {
            for (int i = 0; i < 20_000; i++) {
                long micros = random.nextLong(YEAR_1 + 86_400_000_000L, YEAR_10000 - 86_400_000_000L);
                assertEquals(at(micros).atZone(ZoneId.of(zone)).format(OFFSET), Timestamps.withOffset(micros, zone),
                        zone + " micros " + micros);
            }
        }
        assertEquals("2026-11-23T20:10:00+05:30", Timestamps.withOffset(1_795_444_800_000_000L, "Asia/Kolkata"));
    }

    private static Instant at(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
