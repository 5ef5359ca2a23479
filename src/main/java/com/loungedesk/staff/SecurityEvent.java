package com.loungedesk.staff;

import java.time.Instant;
import java.util.Objects;

/**
 * One security event for the audit log: who did what, and what came of it. Never a PIN or a key.
 *
 * @param kind    what happened
 * @param who     the operator or supervisor id concerned (as typed for a PIN attempt)
 * @param outcome what came of it (OK, WRONG_PIN, STAFF, SUPERVISOR...), or empty
 * @param detail  extra facts (the action a PIN was for, the settings that changed, the lock's end), or empty
 * @param at      when it was written (null until the log has written it)
 */
public record SecurityEvent(Kind kind, String who, String outcome, String detail, Instant at) {

    /** The kinds of security event; {@link #name()} is the audit log's {@code kind}. */
    public enum Kind {
        SIGN_IN, SIGN_OUT, PIN_ENROLLED, PIN_CHANGED,
        /** A right supervisor PIN. */
        PIN_OK,
        /** A wrong PIN or an unknown supervisor id, counted toward the lock. */
        PIN_FAILED,
        /** A PIN attempt refused because supervisor actions are locked (not counted). */
        PIN_LOCKED,
        /** The wrong PIN that locked supervisor actions; {@code detail} holds {@code until=<instant>}. */
        LOCKOUT_START,
        /** A supervisor action asked for with no PIN given (the command line with no terminal); not counted. */
        PIN_MISSING,
        /** The first PIN check after a lock ran out. */
        LOCKOUT_END,
        SETTINGS_CHANGED
    }

    public SecurityEvent {
        Objects.requireNonNull(kind, "kind");
        who = who == null ? "" : who.trim();
        outcome = outcome == null ? "" : outcome;
        detail = detail == null ? "" : detail;
    }

    /** A new event; the log sets its time when it writes it. */
    public static SecurityEvent of(Kind kind, String who, String outcome, String detail) {
        return new SecurityEvent(kind, who, outcome, detail, null);
    }
}
