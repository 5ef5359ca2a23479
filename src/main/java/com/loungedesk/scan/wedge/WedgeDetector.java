package com.loungedesk.scan.wedge;

import java.util.Optional;

/**
 * Recognises keyboard-wedge scans by timing alone: pure logic fed (character, timestamp) events, with
 * no UI. A scan is a burst of at least {@code minLength} characters whose pauses all stay under
 * {@code maxGapMillis}, ended by Enter or Tab or by a pause (call {@link #idle} from a timer).
 * Typing by a person never has such a burst. Not thread-safe: feed it from one thread (the FX thread).
 */
public final class WedgeDetector {
    private final WedgeSettings settings;
    private final StringBuilder burst = new StringBuilder();
    private long firstAt;
    private long lastAt;
    private long gapSum;
    private DeskLayout repairLayout = DeskLayout.US;

    public WedgeDetector(WedgeSettings settings) {
        this.settings = settings;
    }

    /** Repair later scans for a scanner typing US layout on this desk layout (from a calibration scan). */
    public void repairFor(DeskLayout layout) {
        this.repairLayout = layout;
    }

    /**
     * One typed character at {@code timeMillis}. Enter is '\n' or '\r', Tab is '\t'. Answers a scan when
     * this key ends one (a terminator after a burst, or a key after a burst that ended with a pause).
     */
    public Optional<WedgeScan> key(char c, long timeMillis) {
        Optional<WedgeScan> ended = burst.length() > 0 && timeMillis - lastAt > settings.maxGapMillis()
                ? finish(WedgeScan.Terminator.NONE) : Optional.empty();
        if (c == '\n' || c == '\r' || c == '\t') {
            WedgeScan.Terminator terminator = c == '\t' ? WedgeScan.Terminator.TAB : WedgeScan.Terminator.ENTER;
            if (ended.isEmpty() && burst.length() > 0) {
                return finish(terminator);
            }
            reset();
            return ended;
        }
        if (Character.isISOControl(c)) {
            reset();
            return ended;
        }
        if (burst.length() == 0) {
            firstAt = timeMillis;
        } else {
            gapSum += timeMillis - lastAt;
        }
        burst.append(c);
        lastAt = timeMillis;
        return ended;
    }

    /** Call after a quiet moment (e.g. every 50 ms): ends a burst that had no Enter/Tab. */
    public Optional<WedgeScan> idle(long nowMillis) {
        if (burst.length() > 0 && nowMillis - lastAt > settings.maxGapMillis()) {
            return finish(WedgeScan.Terminator.NONE);
        }
        return Optional.empty();
    }

    /** True while keys arrive at scanner speed: a UI may hold them back from the focused field. */
    public boolean inBurst(long nowMillis) {
        return burst.length() > 0 && nowMillis - lastAt <= settings.maxGapMillis();
    }

    private Optional<WedgeScan> finish(WedgeScan.Terminator terminator) {
        int length = burst.length();
        double averageGap = length > 1 ? (double) gapSum / (length - 1) : Double.MAX_VALUE;
        Optional<WedgeScan> scan = Optional.empty();
        if (length >= settings.minLength() && averageGap <= settings.maxAverageGapMillis()) {
            String text = repairLayout.repair(burst.toString());
            scan = Optional.of(new WedgeScan(text, terminator, length, lastAt - firstAt,
                    LayoutCalibration.looksMangled(text)));
        }
        reset();
        return scan;
    }

    private void reset() {
        burst.setLength(0);
        gapSum = 0;
    }
}
