package com.loungedesk.scan.decode;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DebouncerTest {
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final Debouncer debouncer = new Debouncer(Duration.ofSeconds(3), clock);

    @Test
    void theSamePayloadWithinTheWindowIsOneScan() {
        assertTrue(debouncer.isNewScan("HTA89203"));
        now = now.plusMillis(1_500);
        assertFalse(debouncer.isNewScan("HTA89203"));
        assertTrue(debouncer.isNewScan("QX7-22"));
    }

    @Test
    void theSamePayloadAfterTheWindowIsANewScan() {
        assertTrue(debouncer.isNewScan("HTA89203"));
        now = now.plusSeconds(4);
        assertTrue(debouncer.isNewScan("HTA89203"));
    }

    @Test
    void aCodeHeldInViewStaysOneScan() {
        assertTrue(debouncer.isNewScan("HTA89203"));
        for (int i = 0; i < 10; i++) {
            now = now.plusSeconds(1);
            assertFalse(debouncer.isNewScan("HTA89203"));
        }
    }

    @Test
    void clearForgetsEverything() {
        debouncer.isNewScan("HTA89203");
        debouncer.clear();
        assertTrue(debouncer.isNewScan("HTA89203"));
    }
}
