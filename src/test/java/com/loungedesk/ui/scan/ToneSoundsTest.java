package com.loungedesk.ui.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.redemption.VerdictKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

class ToneSoundsTest {

    private static final int RATE = 22_050;

    /** The tones of a PCM pattern: each run of sound between pauses, with its pitch (from zero crossings) and length. */
    private record Tone(int hz, int ms) {
    }

    private static List<Tone> tones(byte[] pcm) {
        List<Tone> tones = new ArrayList<>();
        int i = 0;
        while (i < pcm.length) {
            while (i < pcm.length && pcm[i] == 0) {
                i++;
            }
            int start = i;
            int crossings = 0;
            while (i < pcm.length && !(pcm[i] == 0 && silentAhead(pcm, i))) {
                if (i > start && (pcm[i - 1] < 0) != (pcm[i] < 0)) {
                    crossings++;
                }
                i++;
            }
            if (i - start > RATE / 100) {
                double seconds = (i - start) / (double) RATE;
                tones.add(new Tone((int) Math.round(crossings / 2.0 / seconds), (int) Math.round(seconds * 1000)));
            }
        }
        return tones;
    }

    /** Ten milliseconds of zeros from here on: a pause, not a zero crossing. */
    private static boolean silentAhead(byte[] pcm, int from) {
        for (int j = from; j < Math.min(pcm.length, from + RATE / 100); j++) {
            if (pcm[j] != 0) {
                return false;
            }
        }
        return true;
    }

    private static void assertTones(VerdictKind kind, int... hzAndMs) {
        List<Tone> found = tones(ToneSounds.samples(kind));
        assertEquals(hzAndMs.length / 2, found.size(), kind + ": " + found);
        for (int t = 0; t < found.size(); t++) {
            int hz = hzAndMs[2 * t];
            assertTrue(Math.abs(found.get(t).hz() - hz) <= hz * 0.05, kind + " tone " + t + " is " + found.get(t) + ", not " + hz + " Hz");
            assertTrue(Math.abs(found.get(t).ms() - hzAndMs[2 * t + 1]) <= 20, kind + " tone " + t + " lasts " + found.get(t));
        }
    }

    @Test
    void everyVerdictHasItsOwnShortSound() {
        Set<Integer> distinct = new HashSet<>();
        for (VerdictKind k : VerdictKind.values()) {
            byte[] pcm = ToneSounds.samples(k);
            assertTrue(pcm.length > 2_000 && pcm.length < RATE, k + " lasts under a second");
            distinct.add(Arrays.hashCode(pcm));
        }
        assertEquals(VerdictKind.values().length, distinct.size());
    }

    @Test
    void validRisesUsedRepeatsAndTroubleIsLow() {
        assertTones(VerdictKind.VALID, 880, 90, 1320, 140);
        assertTones(VerdictKind.ALREADY_USED, 440, 160, 440, 160);
        assertTones(VerdictKind.UNKNOWN_PASS, 330, 380);
        assertTones(VerdictKind.NOT_REDEEMABLE, 660, 120, 440, 220);
        assertTones(VerdictKind.QUEUED, 990, 80, 990, 80, 990, 80);
        assertTones(VerdictKind.ERROR, 220, 200, 196, 300);
        for (VerdictKind k : VerdictKind.values()) {
            byte[] pcm = ToneSounds.samples(k);
            int peak = 0;
            for (byte b : pcm) {
                peak = Math.max(peak, Math.abs(b));
            }
            assertTrue(peak >= 85 && peak <= 90, k + " peaks at " + peak + " of 127: loud, never clipped");
        }
    }

    @Test
    void eachVerdictPlaysItsOwnPatternAndNothingWhenMuted() throws Exception {
        AtomicBoolean on = new AtomicBoolean(false);
        List<byte[]> played = new CopyOnWriteArrayList<>();
        CountDownLatch two = new CountDownLatch(2);
        try (ToneSounds tones = new ToneSounds(on::get, (format, pcm) -> {
            assertEquals(new AudioFormat(RATE, 8, 1, true, false).toString(), format.toString());
            played.add(pcm);
            two.countDown();
        })) {
            tones.play(VerdictKind.VALID);
            on.set(true);
            tones.play(VerdictKind.ALREADY_USED);
            tones.play(VerdictKind.VALID);
            assertTrue(two.await(30, TimeUnit.SECONDS));
        }
        assertEquals(2, played.size(), "the muted verdict played nothing");
        assertArrayEquals(ToneSounds.samples(VerdictKind.ALREADY_USED), played.get(0));
        assertArrayEquals(ToneSounds.samples(VerdictKind.VALID), played.get(1));
    }

    /** The failure is recorded just after the output threw, on the player thread: a play queued behind it sees it. */
    private static void waitForTheFailureToBeSeen(ToneSounds tones) throws Exception {
        CountDownLatch behind = new CountDownLatch(1);
        tones.afterQueued(behind::countDown);
        assertTrue(behind.await(30, TimeUnit.SECONDS));
    }

    @Test
    void aDeskWithoutAudioTriesOnceThenStaysSilent() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        try (ToneSounds tones = new ToneSounds(() -> true, (format, pcm) -> {
            tries.incrementAndGet();
            first.countDown();
            throw new LineUnavailableException("no audio device");
        })) {
            tones.play(VerdictKind.VALID);
            assertTrue(first.await(30, TimeUnit.SECONDS));
            waitForTheFailureToBeSeen(tones);
            for (VerdictKind k : VerdictKind.values()) {
                tones.play(k);
            }
        }
        assertEquals(1, tries.get(), "after the line failed, verdicts stop trying");
    }
}
