package com.loungedesk.journal;

import com.loungedesk.util.Sha256;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * Append-only audit log. Each entry carries the hash of the one before it and its own hash over all
 * its fields; a head row holds the last id and hash. So an edited entry, a deleted entry (a gap in
 * the ids or a broken link) and a deleted tail (the head disagrees) are all found by {@link #verify()}.
 */
public final class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private final Journal journal;
    private final Clock clock = Clock.systemUTC();

    AuditLog(Journal journal) {
        this.journal = journal;
    }

    /** Appends an entry durably and answers it with its id, time and hashes. */
    public AuditEntry append(AuditEntry e) throws JournalException {
        synchronized (journal) {
            Connection c = journal.connection();
            try {
                c.setAutoCommit(false);
                long lastId = 0;
                String prev = GENESIS;
                try (PreparedStatement q = c.prepareStatement("SELECT last_id, last_hash FROM audit_head WHERE one = 1");
                     ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        lastId = rs.getLong(1);
                        prev = rs.getString(2);
                    }
                }
                Instant at = clock.instant();
                AuditEntry full = new AuditEntry(lastId + 1, at, e.deskId(), e.operatorId(), e.kind(), e.reference(),
                        e.outcome(), e.guests(), e.orderId(), e.detail(), prev, "");
                full = new AuditEntry(full.id(), at, full.deskId(), full.operatorId(), full.kind(), full.reference(),
                        full.outcome(), full.guests(), full.orderId(), full.detail(), prev, hash(full));
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit (id, at, at_ms, desk, operator, "
                        + "kind, reference, outcome, guests, order_id, detail, prev_hash, hash) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    ins.setLong(1, full.id());
                    ins.setString(2, at.toString());
                    ins.setLong(3, at.toEpochMilli());
                    ins.setString(4, full.deskId());
                    ins.setString(5, full.operatorId());
                    ins.setString(6, full.kind());
                    ins.setString(7, full.reference());
                    ins.setString(8, full.outcome());
                    ins.setInt(9, full.guests());
                    ins.setString(10, full.orderId());
                    ins.setString(11, full.detail());
                    ins.setString(12, prev);
                    ins.setString(13, full.hash());
                    ins.executeUpdate();
                }
                try (PreparedStatement head = c.prepareStatement("INSERT INTO audit_head (one, last_id, last_hash) "
                        + "VALUES (1, ?, ?) ON CONFLICT(one) DO UPDATE SET last_id = excluded.last_id, "
                        + "last_hash = excluded.last_hash")) {
                    head.setLong(1, full.id());
                    head.setString(2, full.hash());
                    head.executeUpdate();
                }
                c.commit();
                return full;
            } catch (SQLException ex) {
                rollback(c);
                throw Journal.writeFailed(ex);
            } finally {
                autoCommit(c);
            }
        }
    }

    /** Walks the whole chain. */
    public VerifyResult verify() throws JournalException {
        synchronized (journal) {
            Connection c = journal.connection();
            long expectedId = 1;
            String prev = GENESIS;
            try (PreparedStatement q = c.prepareStatement("SELECT * FROM audit ORDER BY id");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e = read(rs);
                    if (e.id() != expectedId) {
                        return bad(expectedId - 1, expectedId, "Entry " + expectedId + " is missing (deleted).");
                    }
                    if (!e.prevHash().equals(prev)) {
                        return bad(expectedId - 1, e.id(), "Entry " + e.id() + " does not follow the entry before it.");
                    }
                    if (!hash(e).equals(e.hash())) {
                        return bad(expectedId - 1, e.id(), "Entry " + e.id() + " was edited after it was written.");
                    }
                    prev = e.hash();
                    expectedId++;
                }
                long count = expectedId - 1;
                try (PreparedStatement h = c.prepareStatement("SELECT last_id, last_hash FROM audit_head");
                     ResultSet head = h.executeQuery()) {
                    long headId = head.next() ? head.getLong(1) : 0;
                    String headHash = headId == 0 ? GENESIS : head.getString(2);
                    if (headId != count || !headHash.equals(prev)) {
                        return bad(count, count + 1, "The last entries (after " + count + ") were deleted.");
                    }
                }
                return new VerifyResult(true, count, 0, "All " + count + " entries are intact.");
            } catch (SQLException ex) {
                throw new JournalException("The journal could not be read (" + Journal.reason(ex) + ").", ex);
            }
        }
    }

    /** Writes every entry between two moments as CSV (UTF-8 text; cells that look like formulas are quoted off). */
    public int exportCsv(Writer out, Instant from, Instant to) throws JournalException, IOException {
        synchronized (journal) {
            Csv.row(out, "id", "at", "desk", "operator", "kind", "reference", "outcome", "guests", "order_id",
                    "detail", "hash");
            int n = 0;
            try (PreparedStatement q = journal.connection().prepareStatement(
                    "SELECT * FROM audit WHERE at_ms >= ? AND at_ms < ? ORDER BY id")) {
                q.setLong(1, from.toEpochMilli());
                q.setLong(2, to.toEpochMilli());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry e = read(rs);
                        Csv.row(out, String.valueOf(e.id()), e.at().toString(), e.deskId(), e.operatorId(), e.kind(),
                                e.reference(), e.outcome(), String.valueOf(e.guests()), e.orderId(), e.detail(),
                                e.hash());
                        n++;
                    }
                }
            } catch (SQLException ex) {
                throw new JournalException("The journal could not be read (" + Journal.reason(ex) + ").", ex);
            }
            out.flush();
            return n;
        }
    }

    /** The newest {@code max} entries of the given kinds, newest first (the PIN lockout reads its count so). */
    public java.util.List<AuditEntry> latest(java.util.Collection<String> kinds, int max) throws JournalException {
        synchronized (journal) {
            String marks = String.join(",", java.util.Collections.nCopies(Math.max(1, kinds.size()), "?"));
            java.util.List<AuditEntry> found = new java.util.ArrayList<>();
            try (PreparedStatement q = journal.connection().prepareStatement(
                    "SELECT * FROM audit WHERE kind IN (" + marks + ") ORDER BY id DESC LIMIT ?")) {
                int i = 1;
                for (String kind : kinds.isEmpty() ? java.util.List.of("") : kinds) {
                    q.setString(i++, kind);
                }
                q.setInt(i, max);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(read(rs));
                    }
                }
            } catch (SQLException ex) {
                throw new JournalException("The journal could not be read (" + Journal.reason(ex) + ").", ex);
            }
            return found;
        }
    }

    private static VerifyResult bad(long goodEntries, long badId, String message) {
        return new VerifyResult(false, goodEntries, badId, message);
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")), rs.getString("desk"),
                rs.getString("operator"), rs.getString("kind"), rs.getString("reference"), rs.getString("outcome"),
                rs.getInt("guests"), rs.getString("order_id"), rs.getString("detail"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    static String hash(AuditEntry e) {
        String text = String.join("\u001f", String.valueOf(e.id()), e.at().toString(), e.deskId(), e.operatorId(),
                e.kind(), e.reference(), e.outcome(), String.valueOf(e.guests()), e.orderId(), e.detail(), e.prevHash());
        return Sha256.hex(text);
    }

    static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignoredBecauseTheWriteAlreadyFailed) {
            org.slf4j.LoggerFactory.getLogger(AuditLog.class).debug("rollback failed", ignoredBecauseTheWriteAlreadyFailed);
        }
    }

    static void autoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(AuditLog.class).warn("Could not restore auto-commit", e);
        }
    }
}
