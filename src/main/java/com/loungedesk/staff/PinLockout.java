package com.loungedesk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts wrong supervisor PINs at this desk: after {@code maxFailures} wrong PINs in a row, supervisor
 * actions are locked for {@code lockFor}. Desk-wide, so trying other supervisor ids does not help.
 * Thread-safe.
 */
public final class PinLockout {

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;
    private int failures;
    private Instant lockedUntil = Instant.MIN;

    public PinLockout(Clock clock, int maxFailures, Duration lockFor) {
        if (maxFailures < 1 || lockFor.isNegative()) {
            throw new IllegalArgumentException("maxFailures must be positive and lockFor not negative");
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    public static PinLockout standard(Clock clock) {
        return new PinLockout(clock, 5, Duration.ofMinutes(5));
    }

    /** How long the lock still lasts; zero when not locked. */
    public synchronized Duration remaining() {
        Instant now = clock.instant();
        return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    public synchronized boolean locked() {
        return !remaining().isZero();
    }

    /** Records a wrong PIN; answers the tries left before the lock (0 = now locked). */
    public synchronized int failed() {
        failures++;
        if (failures >= maxFailures) {
            failures = 0;
            lockedUntil = clock.instant().plus(lockFor);
            return 0;
        }
        return maxFailures - failures;
    }

    public synchronized void succeeded() {
        failures = 0;
    }

    public synchronized int triesLeft() {
        return maxFailures - failures;
    }
}
