package com.loungedesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeystrokeTimingTest {

    private static final long MS = 1_000_000L;

    @Test
    void scannerBurstIsTellFromTyping() {
        KeystrokeTiming t = new KeystrokeTiming();
        long now = 0;
        for (char c : "EPASS-3".toCharArray()) {
            t.key(c, now += 8 * MS);
        }
        assertEquals("EPASS-3", t.burst());
        assertTrue(t.submitLooksLikeWedge(now + 10 * MS));
        for (char c : "EPASS-3".toCharArray()) {
            t.key(c, now += 180 * MS);
        }
        assertEquals("", t.burst());
        assertFalse(t.submitLooksLikeWedge(now + 200 * MS));
    }

    @Test
    void burstAfterTypingKeepsOnlyTheFastPart() {
        KeystrokeTiming t = new KeystrokeTiming();
        long now = 0;
        t.key('1', now += 300 * MS);
        t.key('2', now += 300 * MS);
        now += 900 * MS;
        for (char c : "USED-1".toCharArray()) {
            t.key(c, now += 5 * MS);
        }
        assertEquals("USED-1", t.burst());
    }

    @Test
    void textsFallBackToEnglish() {
        Texts zh = Texts.forLanguage("zh-CN");
        assertEquals("有效", zh.get("verdict.word.VALID"));
        assertEquals("Redeem (look up, choose, redeem)", zh.get("settings.modeREDEEM"));
        assertEquals("VALID", Texts.forLanguage("fr").get("verdict.word.VALID"));
        assertEquals("no.such.key", Texts.english().get("no.such.key"));
    }
}
