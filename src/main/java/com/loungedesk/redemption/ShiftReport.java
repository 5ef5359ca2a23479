package com.loungedesk.redemption;

import com.loungedesk.journal.Journal;
import com.loungedesk.journal.JournalException;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/** The shift summary per operator, from the journal, for the console's summary screen and CSV export. */
public final class ShiftReport {

    private final Journal journal;

    public ShiftReport(Journal journal) {
        this.journal = journal;
    }

    /** Figures for every operator active between two moments. */
    public List<OperatorShift> summary(Instant from, Instant to) throws IOException {
        try {
            return journal.shifts().summary(from, to).stream()
                    .map(r -> new OperatorShift(r.operatorId(), r.redeemed(), r.guests(), r.cancelled(),
                            r.failedScans(), r.followUps())).toList();
        } catch (JournalException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The journal's head as people read it ("42 entries, head MAC 3f2a…"). */
    public String journalHead() throws IOException {
        try {
            return journal.audit().head().text();
        } catch (JournalException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Writes the same figures as CSV (the last row names the journal head). */
    public void exportCsv(Writer out, Instant from, Instant to) throws IOException {
        try {
            journal.shifts().exportCsv(out, from, to);
        } catch (JournalException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
