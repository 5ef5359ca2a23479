package com.loungedesk.app;

import java.util.Locale;
import java.util.Map;

/**
 * The one sentence a console start prints when the window toolkit cannot start (no display, no GTK): the
 * cause and the fix. Nothing else would end the process: JavaFX's start fails on the thread that asked
 * for it, and the process would stay alive with no window for ever.
 */
final class ToolkitFailure {

    static final String INSTALL = "on Debian/Ubuntu: apt-get install -y libgtk-3-0 libv4l-0";

    private ToolkitFailure() {
    }

    static String sentence(Throwable error, Map<String, String> env) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        String cause;
        if (lower.contains("gtk")) {
            cause = "the GTK library could not be loaded (" + message + ")";
        } else if (isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            cause = "there is no display to open it on (DISPLAY is not set)";
        } else if (lower.contains("display")) {
            cause = "the display could not be opened (" + message + ")";
        } else {
            cause = "the window toolkit did not start (" + message + ")";
        }
        return "LoungeDesk cannot open its window: " + cause + ". Start it from a desktop session, install the"
                + " desktop libraries (" + INSTALL + "), or use the command line (loungedesk --help).";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
