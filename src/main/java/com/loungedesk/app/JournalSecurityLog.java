package com.loungedesk.app;

import com.loungedesk.journal.AuditEntry;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.JournalException;
import com.loungedesk.staff.SecurityEvent;
import com.loungedesk.staff.SecurityLog;
import com.loungedesk.staff.SecurityLogException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The desk's security events in the journal's audit log: one entry each, its kind the event's kind
 * (SIGN_IN, PIN_FAILED, LOCKOUT_START...), the operator column the person concerned. The console's
 * journal opens while the window is already up, so the journal is asked for at each use (waiting, off the
 * FX thread, until it is open); a journal that never opened makes every write fail, and so every action
 * that needs one is refused.
 */
final class JournalSecurityLog implements SecurityLog {

    private final Supplier<Journal> journal;
    private final Supplier<String> deskId;

    JournalSecurityLog(Supplier<Journal> journal, Supplier<String> deskId) {
        this.journal = journal;
        this.deskId = deskId;
    }

    /** Over a journal that is already open. */
    static JournalSecurityLog over(Journal journal, String deskId) {
        return new JournalSecurityLog(() -> journal, () -> deskId);
    }

    @Override
    public void record(SecurityEvent e) throws SecurityLogException {
        try {
            journal().audit().append(AuditEntry.of(deskId.get(), e.who(), e.kind().name(), "", e.outcome(), 0, "",
                    e.detail()));
        } catch (JournalException ex) {
            throw new SecurityLogException("The audit log could not be written (" + ex.getMessage() + ")", ex);
        }
    }

    @Override
    public List<SecurityEvent> latest(Set<SecurityEvent.Kind> kinds, int max) throws SecurityLogException {
        try {
            List<SecurityEvent> events = new ArrayList<>();
            for (AuditEntry a : journal().audit().latest(kinds.stream().map(Enum::name).toList(), max)) {
                events.add(new SecurityEvent(SecurityEvent.Kind.valueOf(a.kind()), a.operatorId(), a.outcome(),
                        a.detail(), a.at()));
            }
            return events;
        } catch (JournalException ex) {
            throw new SecurityLogException("The audit log could not be read (" + ex.getMessage() + ")", ex);
        }
    }

    private Journal journal() throws SecurityLogException {
        try {
            return journal.get();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SecurityLogException("The journal is not open (" + cause.getMessage() + ")", cause);
        }
    }
}
