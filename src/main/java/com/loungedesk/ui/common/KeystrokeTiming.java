package com.loungedesk.ui.common;

/**
 * Tells a USB barcode scanner (a keyboard "wedge" typing a whole code in a few milliseconds per key)
 * from a person typing, by the gaps between keystrokes since the last submit.
 */
public final class KeystrokeTiming {

    /** A scanner types each key within this gap; people almost never do, several times in a row. */
    static final long WEDGE_GAP_NANOS = 35_000_000L;
    static final int MIN_WEDGE_KEYS = 4;

    private long last = -1;
    private int keys;
    private int fastGaps;
    private final StringBuilder burst = new StringBuilder();

    public void key(char c, long nanos) {
        if (last >= 0 && nanos - last <= WEDGE_GAP_NANOS) {
            fastGaps++;
        } else {
            fastGaps = 0;
            burst.setLength(0);
        }
        burst.append(c);
        keys++;
        last = nanos;
    }

    /** At Enter/Tab: did the keys since the last submit arrive like a scanner's? Resets the count. */
    public boolean submitLooksLikeWedge(long nanos) {
        boolean wedge = keys >= MIN_WEDGE_KEYS && fastGaps >= MIN_WEDGE_KEYS - 1
                && (last < 0 || nanos - last <= WEDGE_GAP_NANOS * 3);
        reset();
        return wedge;
    }

    /** The characters of the current fast burst (what a scanner typed), before a submit. */
    public String burst() {
        return fastGaps >= MIN_WEDGE_KEYS - 1 ? burst.toString() : "";
    }

    public void reset() {
        last = -1;
        keys = 0;
        fastGaps = 0;
        burst.setLength(0);
    }
}
