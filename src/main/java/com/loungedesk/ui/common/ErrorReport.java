package com.loungedesk.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * An unexpected error as people see it: one plain sentence, and the details (kind, message, stack)
 * to copy into a problem report. Plain Java, so it is tested without a screen.
 */
public record ErrorReport(String sentence, String details) {

    public static ErrorReport of(Throwable error, String version) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName()
                : SafeLine.of(root.getMessage());
        String sentence = "Something went wrong (" + what + "). LoungeDesk keeps running; if it happens again, "
                + "copy the details and send them with the log file.";
        StringWriter stack = new StringWriter();
        error.printStackTrace(new PrintWriter(stack));
        return new ErrorReport(sentence, "LoungeDesk " + version + "\n" + stack);
    }

    /** One short, printable line from any message. */
    static final class SafeLine {
        private SafeLine() {
        }

        static String of(String s) {
            String line = s.replaceAll("\\p{Cntrl}", " ").strip();
            return line.length() > 160 ? line.substring(0, 157) + "…" : line;
        }
    }
}
