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

    /** NOT_RECORDED: the attempt could not be journaled, so it was refused whatever the PIN. */
    public enum Result { OK, WRONG_PIN, UNKNOWN_SUPERVISOR, LOCKED, NOT_RECORDED }

    public boolean ok() {
        return result == Result.OK;
    }

    static PinCheck notRecorded() {
        return new PinCheck(Result.NOT_RECORDED, 0, Duration.ZERO);
    }

    static PinCheck ok(int tries) {
        return new PinCheck(Result.OK, tries, Duration.ZERO);
    }
}
