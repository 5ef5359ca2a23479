package com.loungedesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PulseGapsTest {

    private static final long MS = 1_000_000L;

    @Test
    void gapsAreBetweenConsecutivePulses() {
        PulseGaps g = PulseGaps.fromPulseTimes(new long[] {100 * MS, 116 * MS, 133 * MS, 233 * MS, 250 * MS});
        assertEquals(4, g.count());
        Stats s = g.stats();
        assertEquals(16, s.min());
        assertEquals(17, s.median());
        assertEquals(100, s.max());
    }

    @Test
    void onlyGapsOverTheLimitAreStalls() {
        PulseGaps g = PulseGaps.fromPulseTimes(new long[] {0, 16 * MS, 66 * MS, 116 * MS + 1, 216 * MS + 1});
        assertEquals(2, g.stalls(), "a gap of exactly 50 ms is not a stall; 50.000001 and 100 are");
        assertEquals(150.000001, g.stalledMs(), 1e-9);
        assertEquals(1, g.stallsOver(60));
        assertEquals(150.000001 / 216.000001, g.stalledShare(), 1e-9);
    }

    @Test
    void p99ComesFromTheSlowestPercent() {
        long[] t = new long[201];
        for (int i = 1; i < t.length; i++) {
            t[i] = t[i - 1] + (i % 50 == 0 ? 80 : 16) * MS;
        }
        PulseGaps g = PulseGaps.fromPulseTimes(t);
        assertEquals(16, g.stats().p95());
        assertEquals(80, g.stats().p99(), "4 slow gaps of 200 reach the 99th percentile");
        assertTrue(g.summary().contains("4 stalls"), g.summary());
    }

    @Test
    void pulsesAfterTheEndCountOnlyForTheGapThatSpansIt() {
        long[] t = {0, 16 * MS, 32 * MS, 232 * MS, 248 * MS, 900 * MS};
        PulseGaps g = PulseGaps.fromPulseTimes(t, 100 * MS);
        assertEquals(3, g.count());
        assertEquals(200, g.stats().max(), "the 200 ms gap began before the end");
        assertEquals(5, PulseGaps.fromPulseTimes(t, 900 * MS).count());
        assertEquals(0, PulseGaps.fromPulseTimes(t, -1).count(), "no pulse before the end: no gap");
    }

    @Test
    void aLongFreezeWeighsByItsLengthWhenWeightedByTime() {
        long[] t = new long[102];
        for (int i = 1; i < t.length; i++) {
            t[i] = t[i - 1] + (i == 50 ? 1000 : 16) * MS;
        }
        PulseGaps g = PulseGaps.fromPulseTimes(t);
        assertEquals(16, g.stats().p99(), "one gap of 101 is under the plain 99th percentile");
        assertEquals(1000, g.timeWeightedPercentile(0.99), "but it holds 38 % of the time");
        assertEquals(16, g.timeWeightedPercentile(0.5));
        assertTrue(Double.isNaN(PulseGaps.fromPulseTimes(new long[] {3}).timeWeightedPercentile(0.99)));
    }

    @Test
    void fewerThanTwoPulsesHaveNoGaps() {
        assertEquals(0, PulseGaps.fromPulseTimes(new long[] {5}).count());
        assertEquals(0, PulseGaps.fromPulseTimes(new long[0]).stalls());
        assertTrue(Double.isNaN(PulseGaps.fromPulseTimes(new long[0]).stats().p99()));
        assertTrue(Double.isNaN(PulseGaps.fromPulseTimes(new long[] {7, 7}).stalledShare()));
    }

    @Test
    void timeGoingBackwardsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PulseGaps.fromPulseTimes(new long[] {10, 20, 15}));
        assertTrue(e.getMessage().contains("pulse 2"), e.getMessage());
    }
}
