package com.loungedesk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Counts wrong supervisor PINs at this desk: after {@code maxFailures} wrong PINs in a row, supervisor
 * actions are locked for {@code lockFor}. Desk-wide, so trying other supervisor ids does not help.
 * <p>
 * The count and the lock live in the {@link SecurityLog} (the journal), not in memory: every check reads
 * them back from the newest PIN events, so a restart, a kill -9, or the command line on the same journal
 * sees the same lock. Every attempt is written before its answer is given; when it cannot be written,
 * the check throws and the caller refuses the action. Thread-safe.
 */
public final class PinLockout {

    private static final Set<SecurityEvent.Kind> COUNTED = EnumSet.of(SecurityEvent.Kind.PIN_OK,
            SecurityEvent.Kind.PIN_FAILED, SecurityEvent.Kind.LOCKOUT_START, SecurityEvent.Kind.LOCKOUT_END);
    private static final String UNTIL = "until=";

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;
    private final SecurityLog log;

    public PinLockout(Clock clock, int maxFailures, Duration lockFor, SecurityLog log) {
        if (maxFailures < 1 || lockFor.isNegative()) {
            throw new IllegalArgumentException("maxFailures must be positive and lockFor not negative");
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.log = java.util.Objects.requireNonNull(log, "log");
    }

    /** Five wrong PINs lock supervisor actions for five minutes. */
    public static PinLockout standard(Clock clock, SecurityLog log) {
        return new PinLockout(clock, 5, Duration.ofMinutes(5), log);
    }

    SecurityLog log() {
        return log;
    }

    /** Matches a PIN once the lock allows a try: OK, WRONG_PIN or UNKNOWN_SUPERVISOR. */
    public interface Matcher {
        PinCheck.Result match();
    }

    /** The count and the lock as the log has them: wrong PINs since the last right one or lock, and the lock's end. */
    record State(int failures, Instant lockedUntil) {
    }

    /**
     * One PIN attempt by {@code who} for {@code purpose}: refused while locked, else matched, and written to
     * the log (a lock that ran out is ended in the log first). The answer is given only once it is written.
     */
    public synchronized PinCheck check(String who, String purpose, Matcher matcher) throws SecurityLogException {
        State state = state();
        Instant now = clock.instant();
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
            log.record(SecurityEvent.of(SecurityEvent.Kind.PIN_LOCKED, who, PinCheck.Result.LOCKED.name(), purpose));
            return new PinCheck(PinCheck.Result.LOCKED, 0, Duration.between(now, state.lockedUntil()));
        }
        if (state.lockedUntil() != null) {
            log.record(SecurityEvent.of(SecurityEvent.Kind.LOCKOUT_END, who, "", "lock ran until " + state.lockedUntil()));
        }
        PinCheck.Result result = matcher.match();
        if (result == PinCheck.Result.OK) {
            log.record(SecurityEvent.of(SecurityEvent.Kind.PIN_OK, who, result.name(), purpose));
            return PinCheck.ok(maxFailures);
        }
        int failures = state.failures() + 1;
        if (failures >= maxFailures) {
            Instant until = now.plus(lockFor);
            log.record(SecurityEvent.of(SecurityEvent.Kind.LOCKOUT_START, who, result.name(),
                    UNTIL + until + "; after " + failures + " wrong PINs; " + purpose));
            return new PinCheck(PinCheck.Result.LOCKED, 0, lockFor);
        }
        log.record(SecurityEvent.of(SecurityEvent.Kind.PIN_FAILED, who, result.name(), purpose));
        return new PinCheck(result, maxFailures - failures, Duration.ZERO);
    }

    /** Reads the count back: wrong PINs newest first, up to the last right PIN, lock start or lock end. */
    State state() throws SecurityLogException {
        List<SecurityEvent> newest = log.latest(COUNTED, maxFailures + 1);
        int failures = 0;
        for (SecurityEvent e : newest) {
            switch (e.kind()) {
                case PIN_FAILED -> failures++;
                case LOCKOUT_START -> {
                    return new State(failures, until(e));
                }
                default -> {
                    return new State(failures, null);
                }
            }
        }
        return new State(failures, null);
    }

    /** The lock's end written in a LOCKOUT_START; if unreadable, the entry's time plus the lock length. */
    private Instant until(SecurityEvent start) {
        String detail = start.detail();
        int at = detail.indexOf(UNTIL);
        if (at >= 0) {
            int end = detail.indexOf(';', at);
            try {
                return Instant.parse(detail.substring(at + UNTIL.length(), end < 0 ? detail.length() : end).strip());
            } catch (DateTimeParseException e) {
                // falls through to the entry's own time
            }
        }
        return (start.at() == null ? clock.instant() : start.at()).plus(lockFor);
    }
}
