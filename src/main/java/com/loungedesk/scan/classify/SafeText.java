package com.loungedesk.scan.classify;

/**
 * Makes untrusted scanned text safe for one line of a label or a log: control characters and
 * bidirectional-override marks are shown as escapes, lone surrogates replaced, long text truncated.
 */
public final class SafeText {
    /** Longest display, in characters, before truncation. */
    public static final int DISPLAY_LIMIT = 200;

    private SafeText() {
    }

    public static String display(String text) {
        return display(text, DISPLAY_LIMIT);
    }

    /** At most {@code limit} characters of escaped text, then a note of how many were left out. */
    public static String display(String text, int limit) {
        int cut = Math.min(text.length(), limit);
        if (cut < text.length() && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        String shown = escape(text.substring(0, cut));
        return cut < text.length() ? shown + "… (" + (text.length() - cut) + " more characters)" : shown;
    }

    /** All of the text on one line: \t \n \r \\ and other control or bidi characters as escapes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || isBidiControl(c) || isInvisibleFormat(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isInvisibleFormat(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2028' || c == '\u2029' || c == '\uFEFF';
    }
}
