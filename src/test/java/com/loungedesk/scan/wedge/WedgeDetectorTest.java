package com.loungedesk.scan.wedge;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WedgeDetectorTest {
    private final WedgeDetector detector = new WedgeDetector(WedgeSettings.defaults());
    private final List<WedgeScan> scans = new ArrayList<>();

    private long type(String text, long start, long gapMillis) {
        long t = start;
        for (char c : text.toCharArray()) {
            detector.key(c, t).ifPresent(scans::add);
            t += gapMillis;
        }
        return t;
    }

    @Test
    void aFastBurstEndedByEnterIsOneScan() {
        type("HTA89203\n", 1_000, 8);
        assertEquals(1, scans.size());
        assertEquals("HTA89203", scans.get(0).text());
        assertEquals(WedgeScan.Terminator.ENTER, scans.get(0).terminator());
        assertEquals(8, scans.get(0).keystrokes());
    }

    @Test
    void aFastBurstEndedByTabIsOneScan() {
        type("8123456789012345\t", 0, 3);
        assertEquals(WedgeScan.Terminator.TAB, scans.get(0).terminator());
    }

    @Test
    void aBurstWithNoTerminatorEndsAfterAPause() {
        long end = type("QX7-22AB", 500, 12);
        assertTrue(scans.isEmpty());
        assertTrue(detector.inBurst(end));
        Optional<WedgeScan> scan = detector.idle(end + 100);
        assertEquals("QX7-22AB", scan.orElseThrow().text());
        assertEquals(WedgeScan.Terminator.NONE, scan.get().terminator());
    }

    @Test
    void aBurstWithNoTerminatorAlsoEndsWhenTheNextKeyComesLate() {
        long end = type("QX7-22AB", 500, 12);
        detector.key('x', end + 500).ifPresent(scans::add);
        assertEquals(List.of("QX7-22AB"), scans.stream().map(WedgeScan::text).toList());
    }

    @Test
    void slowTypingIsNeverAScan() {
        long end = type("HTA89203\n", 0, 120);
        assertTrue(detector.idle(end + 1_000).isEmpty());
        end = type("a quick typist at ninety ms\n", end + 1_000, 90);
        assertTrue(detector.idle(end + 1_000).isEmpty());
        assertTrue(scans.isEmpty());
    }

    @Test
    void twoRolledOverKeysThenEnterAreNotAScan() {
        detector.key('a', 0);
        detector.key('s', 15);
        detector.key('d', 30);
        assertTrue(detector.key('\n', 200).isEmpty());
        assertTrue(detector.idle(1_000).isEmpty());
    }

    @Test
    void personTypingThenAScanGivesOnlyTheScan() {
        long t = type("abc", 0, 150);
        type("HTA89203\r", t + 300, 6);
        assertEquals(List.of("HTA89203"), scans.stream().map(WedgeScan::text).toList());
    }

    @Test
    void scansAreRepairedForAKnownDeskLayout() {
        detector.repairFor(DeskLayout.FRENCH_AZERTY);
        type(DeskLayout.FRENCH_AZERTY.mangle("QA-2024/77") + "\n", 0, 5);
        assertEquals("QA-2024/77", scans.get(0).text());
        assertFalse(scans.get(0).layoutSuspect());
    }

    @Test
    void mangledDigitsAreFlaggedWhenNoLayoutIsSet() {
        type(DeskLayout.FRENCH_AZERTY.mangle("81234567") + "\n", 0, 5);
        assertTrue(scans.get(0).layoutSuspect());
    }
}
