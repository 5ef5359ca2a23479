package com.loungedesk.scan.decode;

/**
 * The exact, reversible one-line text encoding of {@code decode}'s PATH and TEXT columns. Only these are
 * escaped: backslash as {@code \\}, tab as {@code \t}, line feed as {@code \n}, carriage return as
 * {@code \r}, any other control character (U+0000–U+001F, U+007F–U+009F) and any unpaired surrogate as
 * {@code \}{@code uXXXX} (four upper-case hex digits). Everything else, quotes and non-ASCII text
 * included, is written as it is. {@link #decode} turns a line back into the exact text.
 */
public final class TextEscapes {

    private TextEscapes() {
    }

    public static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                out.append("\\u").append(String.format("%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text {@link #encode} was given; an IllegalArgumentException for a line it cannot have written. */
    public static String decode(String encoded) {
        StringBuilder out = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == encoded.length()) {
                throw new IllegalArgumentException("a lone backslash at the end");
            }
            char e = encoded.charAt(i);
            switch (e) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    String hex = i + 5 <= encoded.length() ? encoded.substring(i + 1, i + 5) : "";
                    if (!hex.matches("[0-9A-F]{4}")) {
                        throw new IllegalArgumentException("\\u needs four upper-case hex digits");
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e);
            }
        }
        return out.toString();
    }
}
