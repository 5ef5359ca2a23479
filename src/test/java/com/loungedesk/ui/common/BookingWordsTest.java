package com.loungedesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.loungedesk.redemption.BookingStatus;
import com.loungedesk.redemption.PassBooking;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit names and refusal reasons in the desk's language, from unitId and reason code; the server's text last. */
class BookingWordsTest {

    private static final Instant NOV_20 = Instant.parse("2026-11-20T10:00:00Z");

    private static PassBooking refused(String code, String serverText, Instant validUntil) {
        return new PassBooking("C", "B", "", "Lounge", "1 Adult", BookingStatus.EXPIRED, false, serverText, null, 0,
                null, "", Map.of("ADULT", 1), code, validUntil);
    }

    private static Map<String, Integer> people() {
        Map<String, Integer> p = new LinkedHashMap<>();
        p.put("ADULT", 2);
        p.put("CHILD", 1);
        p.put("DOG", 1);
        return p;
    }

    @Test
    void unitTypesAreNamedInEnglishAndChinese() {
        assertEquals("2 Adults, 1 Child, 1 Dog", new BookingWords(Texts.english(), ZoneOffset.UTC).people(people()));
        assertEquals("2 位成人、1 位儿童、1 × Dog",
                new BookingWords(Texts.forLanguage("zh-CN"), ZoneOffset.UTC).people(people()));
        assertEquals("1 Adult", new BookingWords(Texts.english(), ZoneOffset.UTC).people(Map.of("ADULT", 1)));
    }

    @Test
    void reasonCodesAreTranslatedWithTheDateInTheDesksLocale() {
        PassBooking expired = refused("EXPIRED", "Expired on 20 Nov", NOV_20);
        assertEquals("This pass expired on 20 Nov 2026.", new BookingWords(Texts.english(), ZoneOffset.UTC).reason(expired));
        assertEquals("此凭证已于 2026年11月20日 过期。",
                new BookingWords(Texts.forLanguage("zh-CN"), ZoneOffset.UTC).reason(expired));
        assertEquals("此预订已使用。", new BookingWords(Texts.forLanguage("zh-CN"), ZoneOffset.UTC)
                .reason(refused("ALREADY_REDEEMED", "This booking has already been redeemed.", null)));
    }

    @Test
    void theServersTextIsUsedOnlyWhenTheDeskHasNothingBetter() {
        BookingWords zh = new BookingWords(Texts.forLanguage("zh-CN"), ZoneOffset.UTC);
        assertEquals("Blocked by the lounge manager.", zh.reason(refused("LOUNGE_BLOCKED", "Blocked by the lounge manager.", null)));
        assertEquals("已过期", zh.reason(refused("", "", null)), "no code, no text: the status in the desk's words");
    }
}
