package com.loungedesk.journal;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-operator shift figures: redemptions confirmed by the backend, guests admitted with them,
 * usages cancelled, scans that did not find a redeemable booking, and offline admissions the backend
 * later refused (needing follow-up). Only desk actions count: an id that only ever tried a supervisor
 * PIN (or signed in) is no operator of the shift. The CSV ends with the journal's head (entries and last
 * MAC), so a printed summary names the journal state it came from.
 */
public final class ShiftQueries {

    private static final String SQL = """
            SELECT operator,
              SUM(CASE WHEN kind IN ('REDEEM', 'VALIDATE') AND outcome = 'DONE' THEN 1 ELSE 0 END),
              SUM(CASE WHEN kind IN ('REDEEM', 'VALIDATE') AND outcome = 'DONE' THEN guests ELSE 0 END),
              SUM(CASE WHEN kind = 'CANCEL' AND outcome = 'DONE' THEN 1 ELSE 0 END),
              SUM(CASE WHEN kind = 'LOOKUP' AND outcome <> 'FOUND' AND detail NOT LIKE 'source=offline-admission;%'
                THEN 1 ELSE 0 END),
              SUM(CASE WHEN kind = 'OFFLINE_ADMISSION' AND outcome = 'FOLLOW_UP' THEN 1 ELSE 0 END)
            FROM audit WHERE at_ms >= ? AND at_ms < ?
              AND kind IN ('LOOKUP', 'REDEEM', 'VALIDATE', 'CANCEL', 'OFFLINE_ADMISSION')
            GROUP BY operator ORDER BY operator""";

    private final Journal journal;

    ShiftQueries(Journal journal) {
        this.journal = journal;
    }

    public List<ShiftRow> summary(Instant from, Instant to) throws JournalException {
        synchronized (journal) {
            try {
                return Transactions.retrying(journal.connection(), c -> rows(c, from, to));
            } catch (SQLException e) {
                throw new JournalException("The shift summary could not be read (" + Journal.reason(e) + ").", e);
            }
        }
    }

    private static List<ShiftRow> rows(Connection c, Instant from, Instant to) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(SQL)) {
            q.setLong(1, from.toEpochMilli());
            q.setLong(2, to.toEpochMilli());
            List<ShiftRow> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ShiftRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6)));
                }
            }
            return rows;
        }
    }

    public void exportCsv(Writer out, Instant from, Instant to) throws JournalException, IOException {
        Csv.row(out, "operator", "redeemed", "guests", "cancelled", "failed_scans", "needs_follow_up");
        for (ShiftRow r : summary(from, to)) {
            Csv.row(out, r.operatorId(), String.valueOf(r.redeemed()), String.valueOf(r.guests()),
                    String.valueOf(r.cancelled()), String.valueOf(r.failedScans()), String.valueOf(r.followUps()));
        }
        Csv.row(out, Csv.headCells(journal.audit().head()));
        out.flush();
    }
}
