package com.loungedesk.scan.classify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayloadClassifierTest {
    private static final String BCBP = "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100";
    private final PayloadClassifier classifier = new PayloadClassifier();

    @Test
    void readsTheMandatoryItemsOfAOneLegBoardingPass() {
        BoardingPass pass = assertInstanceOf(BoardingPass.class, classifier.classify(BCBP));
        assertEquals("DESMARAIS/LUC", pass.passengerName());
        assertTrue(pass.electronicTicket());
        assertEquals(1, pass.legCount());
        BoardingPassLeg leg = pass.firstLeg();
        assertEquals("ABC123", leg.pnr());
        assertEquals("YUL", leg.from());
        assertEquals("FRA", leg.to());
        assertEquals("AC", leg.carrier());
        assertEquals("0834", leg.flightNumber());
        assertEquals(326, leg.julianDate());
        assertEquals('J', leg.compartment());
        assertEquals("001A", leg.seat());
        assertEquals("0025", leg.sequence());
    }

    @Test
    void readsEveryLegOfAMultiLegPassSkippingConditionalData() {
        String conditional = ">5180";
        String twoLegs = "M2DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 1" + String.format("%02X", conditional.length())
                + conditional + "DEF456 FRAGVALH 3664 327C012C0102 100";
        BoardingPass pass = assertInstanceOf(BoardingPass.class, classifier.classify(twoLegs));
        assertEquals(2, pass.legCount());
        assertEquals("GVA", pass.legs().get(1).to());
        assertEquals("LH", pass.legs().get(1).carrier());
        assertEquals(327, pass.legs().get(1).julianDate());
    }

    @Test
    void reportsATruncatedBoardingPassInsteadOfGuessing() {
        MalformedBoardingPass bad = assertInstanceOf(MalformedBoardingPass.class,
                classifier.classify(BCBP.substring(0, 50)));
        assertTrue(bad.reason().contains("too short"), bad.reason());
    }

    @Test
    void reportsABadJulianDateAndABadAirport() {
        MalformedBoardingPass date = assertInstanceOf(MalformedBoardingPass.class,
                classifier.classify(BCBP.replace(" 326J", " 399J")));
        assertTrue(date.reason().contains("date of flight"), date.reason());
        MalformedBoardingPass airport = assertInstanceOf(MalformedBoardingPass.class,
                classifier.classify(BCBP.replace("YULFRA", "YU1FRA")));
        assertTrue(airport.reason().contains("departure airport"), airport.reason());
    }

    @Test
    void reportsALegCountThatTheDataDoesNotHold() {
        MalformedBoardingPass bad = assertInstanceOf(MalformedBoardingPass.class,
                classifier.classify(BCBP.replaceFirst("M1", "M2")));
        assertTrue(bad.reason().contains("2 legs"), bad.reason());
    }

    @Test
    void reportsAFieldSizeThatRunsPastTheEnd() {
        MalformedBoardingPass bad = assertInstanceOf(MalformedBoardingPass.class,
                classifier.classify(BCBP.substring(0, 58) + "4F"));
        assertTrue(bad.reason().contains("runs past"), bad.reason());
    }

    @Test
    void sixteenDigitsAreADragonPassIdEvenWhenGrouped() {
        assertEquals(new DragonPassId("8123456789012345"), classifier.classify("8123456789012345"));
        assertEquals(new DragonPassId("8123456789012345"), classifier.classify("8123 4567 8901 2345\r\n"));
        assertInstanceOf(OctoReference.class, classifier.classify("812345678901234"));
    }

    @Test
    void takesTheReferenceOutOfAPassUrl() {
        assertEquals(new WrappedReference("HTA89203", "https://book.example.com/redeem?lang=en&reference=HTA89203"),
                classifier.classify("https://book.example.com/redeem?lang=en&reference=HTA89203"));
        assertEquals("QX7-22", ((WrappedReference) classifier.classify("https://passes.example/r/QX7-22")).reference());
        assertInstanceOf(UnknownPayload.class, classifier.classify("https://example.com/about"));
    }

    @Test
    void plainCodesAreOctoReferences() {
        assertEquals(new OctoReference("HTA89203"), classifier.classify("  HTA89203 "));
    }

    @Test
    void unknownPayloadsAreKeptButDisplayedSafely() {
        String nasty = "pay\u202Eload\n\u0007" + "x".repeat(100_000);
        UnknownPayload unknown = assertInstanceOf(UnknownPayload.class, classifier.classify(nasty));
        assertEquals(nasty, unknown.raw());
        String shown = unknown.display();
        assertFalse(shown.contains("\u202E"));
        assertFalse(shown.contains("\n"));
        assertTrue(shown.startsWith("pay\\u202Eload\\n\\u0007"), shown);
        assertTrue(shown.length() < 300, "display is truncated, was " + shown.length());
        assertTrue(shown.endsWith("more characters)"), shown);
    }

    @Test
    void loneSurrogatesAreReplaced() {
        assertEquals("a\uFFFDb", SafeText.escape("a\uD800b"));
        assertEquals("\uD83D\uDE00", SafeText.escape("\uD83D\uDE00"));
    }
}
