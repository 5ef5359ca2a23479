package com.loungedesk.scan.decode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The same payload again within a few seconds is one scan, not two. Time comes from an injectable
 * clock. Thread-safe.
 */
public final class Debouncer {
    private final Duration window;
    private final Clock clock;
    private final Map<String, Instant> lastSeen = new LinkedHashMap<>();

    public Debouncer(Duration window, Clock clock) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("debounce window cannot be negative: " + window);
        }
        this.window = window;
        this.clock = clock;
    }

    public static Debouncer threeSeconds() {
        return new Debouncer(Duration.ofSeconds(3), Clock.systemUTC());
    }

    /**
     * True when this payload is a new scan; false when it was seen less than the window ago. A payload
     * held in front of the camera keeps being a repeat while it stays in view.
     */
    public synchronized boolean isNewScan(String payload) {
        Instant now = clock.instant();
        forgetOlderThan(now.minus(window));
        Instant previous = lastSeen.remove(payload);
        lastSeen.put(payload, now);
        return previous == null;
    }

    /** Forget everything, e.g. after the desk changed pass or the operator asked to scan again. */
    public synchronized void clear() {
        lastSeen.clear();
    }

    private void forgetOlderThan(Instant limit) {
        Iterator<Instant> seen = lastSeen.values().iterator();
        while (seen.hasNext()) {
            if (seen.next().isBefore(limit)) {
                seen.remove();
            } else {
                break;
            }
        }
    }
}
