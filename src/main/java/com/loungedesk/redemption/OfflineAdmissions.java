package com.loungedesk.redemption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.journal.AuditEntry;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.JournalException;
import com.loungedesk.journal.OutboxEntry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Letting a guest in when the pass cannot be checked because the backend cannot be reached. The
 * supervisor's PIN is checked by the caller (console or CLI, with the desk's lockout); this class caps
 * the admissions per shift (the day, from local midnight), writes the admission to the outbox and the
 * audit log (both, or it is refused), and lists the admissions the backend later refused.
 * {@link OfflineAdmissionSender} sends them when the backend answers again. Blocking: call off the FX thread.
 */
public final class OfflineAdmissions {

    /** The outbox action and audit kind of an offline admission. */
    public static final String ACTION = "OFFLINE_ADMISSION";
    /** Most people one admission may let in. */
    public static final int MAX_PEOPLE = 20;
    private static final Logger LOG = LoggerFactory.getLogger(OfflineAdmissions.class);
    private static final int MAX_REFERENCE = 512;

    private final Journal journal;
    private final ObjectMapper json;
    private final Clock clock;
    private final IntSupplier limitPerShift;

    /** @param limitPerShift how many offline admissions a shift allows (read at each admission) */
    public OfflineAdmissions(Journal journal, ObjectMapper json, Clock clock, IntSupplier limitPerShift) {
        this.journal = journal;
        this.json = json;
        this.clock = clock;
        this.limitPerShift = limitPerShift;
    }

    /**
     * Admits {@code people} on the word of a supervisor whose PIN was just checked. Answers QUEUED when the
     * admission is recorded and waits to be sent; NOT_REDEEMABLE when the shift's limit is reached; ERROR
     * with a sentence when the input is wrong or the journal cannot be written (then nothing is recorded).
     */
    public Verdict admit(DeskContext who, String reference, String supervisorId, String reason, int people) {
        String ref = reference == null ? "" : reference.replaceAll("\\p{Cntrl}", "").strip();
        String why = reason == null ? "" : reason.replaceAll("\\p{Cntrl}", " ").strip();
        if (ref.isEmpty() || ref.length() > MAX_REFERENCE) {
            return Verdict.of(VerdictKind.ERROR, "Give the pass reference that could not be checked.");
        }
        if (people < 1 || people > MAX_PEOPLE) {
            return Verdict.of(VerdictKind.ERROR, "Say how many people were let in (1 to " + MAX_PEOPLE + ").");
        }
        if (why.length() < 3) {
            return Verdict.of(VerdictKind.ERROR, "Say why the guest is admitted without a check.");
        }
        if (supervisorId == null || supervisorId.isBlank()) {
            return Verdict.of(VerdictKind.ERROR, "An offline admission needs a supervisor.");
        }
        int limit = limit();
        int used;
        try {
            used = admittedThisShift();
        } catch (JournalException e) {
            return Verdict.of(VerdictKind.ERROR, e.getMessage() + " Nobody was admitted offline.");
        }
        if (used >= limit) {
            return Verdict.of(VerdictKind.NOT_REDEEMABLE, "This shift's limit of " + limit
                    + " offline admissions is reached: nobody more can be let in without a check.");
        }
        OfflineAdmission admission = new OfflineAdmission(ref, people, why, supervisorId.strip(), who.operatorId(),
                clock.instant());
        Outboxes.Written written = Outboxes.write(journal, json, ACTION, admission, who);
        if (written.entry() == null) {
            return Verdict.of(VerdictKind.ERROR, written.problem() + " Nobody was admitted offline.");
        }
        try {
            journal.audit().append(AuditEntry.of(who.deskId(), who.operatorId(), ACTION, ref, "ADMITTED", 0, "",
                    "key " + written.entry().idempotencyKey() + "; people " + people + "; by " + admission.supervisorId()
                            + "; reason " + why));
        } catch (JournalException e) {
            LOG.error("An offline admission could not be audited; it is withdrawn", e);
            try {
                journal.outbox().markRefused(written.entry().id(), "withdrawn: the audit entry could not be written");
            } catch (JournalException again) {
                LOG.error("The unaudited offline admission {} could not be withdrawn", written.entry().id(), again);
            }
            return Verdict.of(VerdictKind.ERROR, e.getMessage() + " Nobody was admitted offline.");
        }
        return Verdict.of(VerdictKind.QUEUED, "Admitted offline: " + people + (people == 1 ? " person" : " people")
                + " on " + admission.supervisorId() + "'s word. The pass is checked and redeemed when the backend"
                + " answers again (" + (used + 1) + " of " + limit + " this shift).");
    }

    /** The same admissions with the limit read from elsewhere (the console reads the saved settings). */
    public OfflineAdmissions withLimit(IntSupplier limit) {
        return new OfflineAdmissions(journal, json, clock, limit);
    }

    /** The most offline admissions a shift allows. */
    public int limit() {
        return Math.max(0, limitPerShift.getAsInt());
    }

    /** Offline admissions recorded since local midnight (withdrawn ones not counted). */
    public int admittedThisShift() throws JournalException {
        Instant since = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        int n = 0;
        for (OutboxEntry e : journal.outbox().all()) {
            if (ACTION.equals(e.action()) && !e.createdAt().isBefore(since)
                    && !(e.state() == OutboxEntry.State.REFUSED && e.result().startsWith("withdrawn"))) {
                n++;
            }
        }
        return n;
    }

    /** Admissions the backend refused, newest first: each needs following up. */
    public List<FollowUp> followUps() throws IOException {
        List<FollowUp> out = new ArrayList<>();
        try {
            for (OutboxEntry e : journal.outbox().all()) {
                if (ACTION.equals(e.action()) && e.state() == OutboxEntry.State.REFUSED
                        && !e.result().startsWith("withdrawn")) {
                    out.add(0, new FollowUp(json.readValue(e.payload(), OfflineAdmission.class), e.result()));
                }
            }
        } catch (JournalException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }

    /** Offline admissions still waiting to be sent. */
    public int waiting() throws JournalException {
        return (int) journal.outbox().pending().stream().filter(e -> ACTION.equals(e.action())).count();
    }
}
