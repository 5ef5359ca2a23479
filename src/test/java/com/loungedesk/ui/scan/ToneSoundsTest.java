package com.loungedesk.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.redemption.VerdictKind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToneSoundsTest {

    @Test
    void everyVerdictHasItsOwnShortSound() {
        Set<Integer> distinct = new HashSet<>();
        for (VerdictKind k : VerdictKind.values()) {
            byte[] pcm = ToneSounds.samples(k);
            assertTrue(pcm.length > 2_000 && pcm.length < 22_050, k + " lasts under a second");
            distinct.add(Arrays.hashCode(pcm));
        }
        assertEquals(VerdictKind.values().length, distinct.size());
    }

    @Test
    void playingWithoutAudioDeviceIsHarmless() {
        try (ToneSounds tones = new ToneSounds(() -> true)) {
            for (VerdictKind k : VerdictKind.values()) {
                tones.play(k);
            }
        }
    }
}
