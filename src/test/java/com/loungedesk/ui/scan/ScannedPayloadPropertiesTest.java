package com.loungedesk.ui.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.scan.classify.PayloadClassifier;
import com.loungedesk.scan.classify.SafeText;
import com.loungedesk.scan.classify.ScanPayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a camera or a USB scanner delivers, classifying and routing it never fails, and what the
 * desk shows of it is one short line with no control or direction-override characters.
 */
class ScannedPayloadPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final PayloadClassifier classifier = new PayloadClassifier();
    private final ScanRouting routing = new ScanRouting();

    @Property(tries = 3000)
    void anyTextIsClassifiedRoutedAndShownSafely(@ForAll("payloads") String text) {
        check(text);
    }

    @Property(tries = 2000)
    void boardingPassLookalikesAreParsedOrReportedNeverGuessedWrong(@ForAll("bcbpGarbage") String text) {
        check(text);
    }

    @Property(tries = 30)
    void hundredKilobyteScansStayOneShortLine(@ForAll("huge") String text) {
        check(text);
    }

    private void check(String text) {
        ScanPayload p = classifier.classify(text);
        assertNotNull(p);
        assertNotNull(routing.route(text, TODAY));
        String shown = p.display();
        assertTrue(shown.length() <= SafeText.DISPLAY_LIMIT * 7 + 40, "display is bounded: " + shown.length());
        assertFalse(shown.chars().anyMatch(c -> Character.isISOControl(c) || isBidiOverride((char) c)),
                "display has no control or direction-override characters");
    }

    private static boolean isBidiOverride(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    @Provide
    Arbitrary<String> payloads() {
        Arbitrary<String> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300)
                .map(b -> new String(b, StandardCharsets.ISO_8859_1));
        Arbitrary<String> tricky = Arbitraries.strings().withChars("\u0000\u0007\n\r\t\u202E\u2066\u200F\u061Cابجד😀ä")
                .withCharRange('a', 'z').withCharRange('0', '9').ofMaxLength(200);
        Arbitrary<String> urls = Arbitraries.strings().alpha().numeric().ofMaxLength(30)
                .map(s -> "https://passes.example/r/" + s + "?reference=" + s);
        return Arbitraries.oneOf(Arbitraries.strings(), bytes, tricky, urls);
    }

    @Provide
    Arbitrary<String> bcbpGarbage() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(10).ofMaxLength(200)
                .map(s -> "M" + (s.length() % 5) + s);
    }

    @Provide
    Arbitrary<String> huge() {
        return Arbitraries.strings().withChars("ab\u202E\u0001😀").ofLength(100_000);
    }
}
