package com.loungedesk.scan.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextEscapesTest {

    @Property(tries = 3000)
    void anyTextComesBackExactlyAndOnOneLineWithoutTabs(@ForAll @StringLength(max = 80) String text) {
        String encoded = TextEscapes.encode(text);
        assertEquals(text, TextEscapes.decode(encoded));
        assertFalse(encoded.contains("\n") || encoded.contains("\r") || encoded.contains("\t"), encoded);
    }

    @Property(tries = 3000)
    void controlsBackslashesQuotesAndSurrogatesRoundTrip(
            @ForAll @StringLength(max = 40) @CharRange(from = '\u0000', to = '\u00A0') @Chars({'"', '\'', '\\',
                '\uD800', '\uDC00', '\uD83D', '\uDE00', '\u202E', '中'}) String text) {
        assertEquals(text, TextEscapes.decode(TextEscapes.encode(text)));
    }

    @Test
    void onlyBackslashTabNewlineReturnAndOtherControlsAreEscaped() {
        assertEquals("a\\\\b\\tc\\nd\\re\\u001Ef\\u0000g\\u007F\\u009F", TextEscapes.encode("a\\b\tc\nd\re\u001Ef\u0000g\u007F\u009F"));
        assertEquals("\"quoted\" 'text' 中文 \u202E é 😀", TextEscapes.encode("\"quoted\" 'text' 中文 \u202E é 😀"));
        assertEquals("lone \\uD800 surrogate", TextEscapes.encode("lone \uD800 surrogate"));
    }

    @Test
    void aLineItCannotHaveWrittenIsRefused() {
        for (String bad : new String[] {"end\\", "\\x41", "\\u12", "\\u00e9", "\\u+123"}) {
            assertThrows(IllegalArgumentException.class, () -> TextEscapes.decode(bad), bad);
        }
    }
}
