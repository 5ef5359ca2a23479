package com.loungedesk.scan.wedge;

import java.util.Objects;

/**
 * A scan recognised in keystrokes.
 *
 * @param text          the scanned text (repaired for the desk layout when one is set), without terminator
 * @param terminator    the Enter or Tab that ended it, or {@link Terminator#NONE} when it ended by a pause
 * @param keystrokes    how many typed characters it consumed (excluding the terminator): the UI removes these
 *                      from whatever field had focus
 * @param durationMillis first to last keystroke
 * @param layoutSuspect true when the text has characters that suggest a keyboard-layout mismatch
 */
public record WedgeScan(String text, Terminator terminator, int keystrokes, long durationMillis, boolean layoutSuspect) {
    public WedgeScan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(terminator, "terminator");
    }

    public enum Terminator { ENTER, TAB, NONE }
}
