package com.loungedesk.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Append-only audit log. Each entry carries the MAC of the one before it and its own HMAC-SHA256 under
 * the desk key over every stored column; a head row in the journal and a sealed head outside it (in the
 * config folder) hold the count and the last MAC. So an edited, deleted, reordered or moved entry, a cut
 * tail and a wiped journal are all found by {@link #verify()}, even when the plain hashes and the
 * in-database head were recomputed. An append takes the write lock, checks the journal still matches the
 * outside head, appends, commits, then writes the outside head under the lock again.
 */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private final Journal journal;
    private final Clock clock = Clock.systemUTC();

    /** The last entry's id and MAC (0 and zeros for an empty log), and its desk. */
    record Tail(long id, String hash, String desk) {
    }

    AuditLog(Journal journal) {
        this.journal = journal;
    }

    /**
     * Appends an entry durably and answers it with its id, time and MAC. Throws (never logs and goes on)
     * when the entry could not be written: the caller refuses what it was about to record.
     */
    public AuditEntry append(AuditEntry e) throws JournalException {
        synchronized (journal) {
            if (journal.key() == null) {
                throw Journal.writeFailed("it is read-only", null);
            }
            AuditEntry full;
            try {
                full = Transactions.write(journal.connection(), c -> insert(c, e));
            } catch (SQLException ex) {
                throw Journal.writeFailed(ex);
            }
            try {
                Transactions.write(journal.connection(), c -> {
                    writeOutsideHead(c, tail(c));
                    return null;
                });
            } catch (SQLException | JournalException ex) {
                // the entry is committed; the next append writes the head first, or refuses if it still cannot
                LOG.error("Entry {} is written, but the journal's outside head could not be updated", full.id(), ex);
            }
            return full;
        }
    }

    private AuditEntry insert(Connection c, AuditEntry e) throws SQLException, JournalException {
        Tail tail = tail(c);
        checkedHead(c, tail);
        Instant at = clock.instant();
        AuditEntry draft = new AuditEntry(tail.id() + 1, at, e.deskId(), e.operatorId(), e.kind(), e.reference(),
                e.outcome(), e.guests(), e.orderId(), e.detail(), tail.hash(), "");
        String seal = EntrySeal.mac(journal.key(), draft, at.toEpochMilli());
        AuditEntry full = new AuditEntry(draft.id(), at, draft.deskId(), draft.operatorId(), draft.kind(),
                draft.reference(), draft.outcome(), draft.guests(), draft.orderId(), draft.detail(), tail.hash(), seal);
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
            ins.setString(12, full.prevHash());
            ins.setString(13, full.hash());
            ins.executeUpdate();
        }
        try (PreparedStatement h = c.prepareStatement("INSERT INTO audit_head (one, last_id, last_hash) "
                + "VALUES (1, ?, ?) ON CONFLICT(one) DO UPDATE SET last_id = excluded.last_id, "
                + "last_hash = excluded.last_hash")) {
            h.setLong(1, full.id());
            h.setString(2, full.hash());
            h.executeUpdate();
        }
        return full;
    }

    /**
     * The outside head, checked against the journal (under the write lock): the journal must still hold
     * the entry the head names, with its MAC. A head left behind by a crash after a commit is brought up
     * to date first; a journal cut short, wiped or rewritten is refused, so that nothing written next can
     * hide it.
     */
    private OutsideHead.Head checkedHead(Connection c, Tail tail) throws SQLException, JournalException {
        OutsideHead store = journal.outsideHead();
        OutsideHead.Head head = store.read(journal.key()).orElse(null);
        if (head == null) {
            if (tail.id() > 0) {
                throw refused("the journal holds " + tail.id() + " entries, but its outside head " + store.file()
                        + " is missing");
            }
            return new OutsideHead.Head(0, EntrySeal.GENESIS, 1);
        }
        if (tail.id() < head.entries() || !head.lastMac().equals(hashOf(c, head.entries()))) {
            throw refused("it no longer matches its outside head " + store.file() + " (which counts "
                    + head.entries() + " entries; the journal holds " + tail.id() + ")");
        }
        if (tail.id() > head.entries()) {
            writeOutsideHead(c, tail);
        }
        return head;
    }

    private JournalException refused(String why) {
        return new JournalException("The local journal " + journal.file() + " cannot be written: " + why
                + ". It was cut short, wiped or rewritten, so nothing more is written to it and nothing is sent. "
                + "Run `journal verify`, keep a copy, and move the journal and its outside head aside to start a "
                + "new journal.", null);
    }

    private void writeOutsideHead(Connection c, Tail tail) throws SQLException, JournalException {
        OutsideHead store = journal.outsideHead();
        long sealedFrom = store.read(journal.key()).map(OutsideHead.Head::sealedFrom).orElse(1L);
        store.write(journal.key(), new OutsideHead.Head(tail.id(), tail.hash(), sealedFrom));
    }

    /**
     * Called once when the journal is opened for writing: a journal from before the desk key (a plain
     * SHA-256 chain, no outside head) is checked once, its last plain hash is sealed into a new outside
     * head, and a marked entry starts the HMAC chain. A journal with sealed entries but no head is refused.
     */
    void sealFromHere() throws JournalException {
        synchronized (journal) {
            Sealing sealing;
            try {
                sealing = Transactions.write(journal.connection(), c -> {
                    OutsideHead store = journal.outsideHead();
                    Tail t = tail(c);
                    if (store.exists() || t.id() == 0) {
                        return null;
                    }
                    if (!firstEntryIsPlain(c)) {
                        throw refused("the journal holds " + t.id() + " entries, but its outside head "
                                + store.file() + " is missing");
                    }
                    String checked = new ChainCheck(journal.key(), store).run(c).message();
                    store.write(journal.key(), new OutsideHead.Head(t.id(), t.hash(), t.id() + 1));
                    return new Sealing(t, checked);
                });
            } catch (SQLException ex) {
                throw Journal.writeFailed(ex);
            }
            if (sealing == null) {
                return;
            }
            long last = sealing.tail().id();
            append(AuditEntry.of(sealing.tail().desk(), "system", "JOURNAL", "", "SEALED", 0, "",
                    "Entries 1-" + last + " carry the plain SHA-256 chain from before the desk key (checked now: "
                            + sealing.checked() + "); this entry seals them, and every entry from here on is sealed "
                            + "with the desk key."));
            LOG.info("Journal {}: entries 1-{} sealed with the desk key from entry {} on", journal.file(), last,
                    last + 1);
        }
    }

    private record Sealing(Tail tail, String checked) {
    }

    /** Walks the whole chain against the desk key and the outside head. */
    public VerifyResult verify() throws JournalException {
        synchronized (journal) {
            try {
                return Transactions.read(journal.connection(),
                        c -> new ChainCheck(journal.key(), journal.outsideHead()).run(c));
            } catch (SQLException ex) {
                throw new JournalException("The journal could not be read (" + Journal.reason(ex) + ").", ex);
            }
        }
    }

    /** The count and last MAC, as exports and shift summaries quote them. */
    public ChainHead head() throws JournalException {
        synchronized (journal) {
            try {
                Tail t = Transactions.retrying(journal.connection(), AuditLog::tail);
                return new ChainHead(t.id(), t.hash());
            } catch (SQLException ex) {
                throw new JournalException("The journal could not be read (" + Journal.reason(ex) + ").", ex);
            }
        }
    }

    /**
     * Writes every entry between two moments as CSV (UTF-8 text; cells that look like formulas are quoted
     * off), then a last row with the journal's head: its entries and last MAC.
     */
    public int exportCsv(Writer out, Instant from, Instant to) throws JournalException, IOException {
        synchronized (journal) {
            Csv.row(out, "id", "at", "desk", "operator", "kind", "reference", "outcome", "guests", "order_id",
                    "detail", "hash");
            int n;
            try {
                n = Transactions.read(journal.connection(), c -> {
                    int rows = 0;
                    try (PreparedStatement q = c.prepareStatement(
                            "SELECT * FROM audit WHERE at_ms >= ? AND at_ms < ? ORDER BY id")) {
                        q.setLong(1, from.toEpochMilli());
                        q.setLong(2, to.toEpochMilli());
                        try (ResultSet rs = q.executeQuery()) {
                            while (rs.next()) {
                                AuditEntry e = read(rs);
                                Csv.rowUnchecked(out, String.valueOf(e.id()), e.at().toString(), e.deskId(),
                                        e.operatorId(), e.kind(), e.reference(), e.outcome(),
                                        String.valueOf(e.guests()), e.orderId(), e.detail(), e.hash());
                                rows++;
                            }
                        }
                    }
                    Tail t = tail(c);
                    Csv.rowUnchecked(out, Csv.headCells(new ChainHead(t.id(), t.hash())));
                    return rows;
                });
            } catch (SQLException ex) {
                throw new JournalException("The journal could not be read (" + Journal.reason(ex) + ").", ex);
            } catch (UncheckedIOException ex) {
                throw ex.getCause();
            }
            out.flush();
            return n;
        }
    }

    /** The newest {@code max} entries of the given kinds, newest first (the PIN lockout reads its count so). */
    public java.util.List<AuditEntry> latest(java.util.Collection<String> kinds, int max) throws JournalException {
        synchronized (journal) {
            String marks = String.join(",", java.util.Collections.nCopies(Math.max(1, kinds.size()), "?"));
            try {
                return Transactions.read(journal.connection(), c -> {
                    java.util.List<AuditEntry> found = new java.util.ArrayList<>();
                    try (PreparedStatement q = c.prepareStatement(
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
                    }
                    return found;
                });
            } catch (SQLException ex) {
                throw new JournalException("The journal could not be read (" + Journal.reason(ex) + ").", ex);
            }
        }
    }

    static Tail tail(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id, hash, desk FROM audit ORDER BY id DESC LIMIT 1");
             ResultSet rs = q.executeQuery()) {
            return rs.next() ? new Tail(rs.getLong(1), rs.getString(2), rs.getString(3))
                    : new Tail(0, EntrySeal.GENESIS, "");
        }
    }

    /** The MAC of entry {@code id} (zeros for 0), or null when there is no such entry. */
    private static String hashOf(Connection c, long id) throws SQLException {
        if (id == 0) {
            return EntrySeal.GENESIS;
        }
        try (PreparedStatement q = c.prepareStatement("SELECT hash FROM audit WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** True when entry 1 carries the plain SHA-256 of a journal from before the desk key. */
    static boolean firstEntryIsPlain(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT * FROM audit WHERE id = 1");
             ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                return false;
            }
            AuditEntry e = read(rs);
            return EntrySeal.plain(e).equals(e.hash());
        } catch (java.time.format.DateTimeParseException unreadable) {
            return false;
        }
    }

    /** True when the journal holds entries that are not from before the desk key. */
    static boolean hasSealedEntries(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM audit"); ResultSet rs = q.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0 && !firstEntryIsPlain(c);
        }
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")), rs.getString("desk"),
                rs.getString("operator"), rs.getString("kind"), rs.getString("reference"), rs.getString("outcome"),
                rs.getInt("guests"), rs.getString("order_id"), rs.getString("detail"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
