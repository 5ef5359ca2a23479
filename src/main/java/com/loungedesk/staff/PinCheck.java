package com.loungedesk.staff;

import java.time.Duration;

/**
 * The answer to a supervisor PIN check.
 *
 * @param result        what happened
 * @param triesLeft     wrong PINs still allowed before the lock (when WRONG_PIN)
 * @param lockedFor     how long supervisor actions stay locked (when LOCKED), else zero
 */
public record PinCheck(Result result, int triesLeft, Duration lockedFor) {

    public enum Result { OK, WRONG_PIN, UNKNOWN_SUPERVISOR, LOCKED }

    public boolean ok() {
        return result == Result.OK;
    }

    static PinCheck ok(int tries) {
        return new PinCheck(Result.OK, tries, Duration.ZERO);
    }
}
