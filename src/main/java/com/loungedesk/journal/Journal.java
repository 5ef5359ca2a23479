package com.loungedesk.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The desk's local SQLite journal ({@code journal.db} in the data folder): an append-only audit log
 * chained with HMAC-SHA256 under the desk key, and the outbox of redeems and cancels not yet confirmed by
 * the backend. The desk key and the journal's outside head live in the config folder, not beside the
 * journal. WAL mode with synchronous=FULL, so what a method wrote survives a crash or a kill the moment
 * it returns. Several processes may share one journal: writes take SQLite's write lock first
 * ({@code BEGIN IMMEDIATE}), wait for it, and are tried again while it stays busy.
 * One connection, used by one thread at a time.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    public static final String FILE_NAME = "journal.db";

    private final Connection connection;
    private final Path file;
    private final DeskKey key;
    private final OutsideHead outsideHead;
    private final String claimant = ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    private final AuditLog audit;
    private final Outbox outbox;
    private final ShiftQueries shifts;

    private Journal(Path file, Connection connection, DeskKey key, OutsideHead outsideHead) {
        this.file = file;
        this.connection = connection;
        this.key = key;
        this.outsideHead = outsideHead;
        this.audit = new AuditLog(this);
        this.outbox = new Outbox(this);
        this.shifts = new ShiftQueries(this);
        Claimants.opened(claimant);
    }

    /**
     * Opens (creating if needed) the journal in {@code dataDir}, with the desk key and the outside head in
     * {@code keyDir} (the config folder). The key is made on the first use of a new journal; a journal whose
     * key or outside head is missing, or whose tables are gone, is refused with a sentence, never started
     * again quietly. A journal from before the desk key is checked once and sealed from a marked entry on.
     */
    public static Journal open(Path dataDir, Path keyDir) throws JournalException {
        Path file = dataDir.resolve(FILE_NAME);
        Connection c = null;
        try {
            Files.createDirectories(dataDir);
            file = dataDir.toRealPath().resolve(FILE_NAME);
            c = connect(file, false);
            OutsideHead head = new OutsideHead(keyDir, file);
            DeskKey found = DeskKey.read(keyDir).orElse(null);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
            }
            Path journalFile = file;
            Transactions.write(c, conn -> {
                try (Statement s = conn.createStatement()) {
                    if (!Schema.hasAuditTable(s) && head.exists()) {
                        throw new JournalException(tablesGone(found, head) + " Nothing is recreated: run `journal "
                                + "verify`, keep a copy, and move " + journalFile + " and " + head.file()
                                + " aside to start a new journal.", null);
                    }
                    Schema.create(s);
                }
                return null;
            });
            DeskKey key = found;
            if (key == null) {
                if (head.exists() || AuditLog.hasSealedEntries(c)) {
                    throw new JournalException("The desk's journal key " + DeskKey.file(keyDir) + " is missing, so the "
                            + "journal " + file + " can be neither checked nor extended. Restore the key from a backup; "
                            + "it is not made again, so that no one can start a new chain by deleting it.", null);
                }
                key = DeskKey.create(keyDir);
            }
            Journal journal = new Journal(file, c, key, head);
            journal.audit.sealFromHere();
            LOG.info("Journal open at {} (head {})", file, head.file());
            return journal;
        } catch (SQLException | IOException e) {
            close(c);
            throw new JournalException("The local journal " + file + " could not be opened (" + reason(e) + ").", e);
        } catch (JournalException e) {
            close(c);
            throw e;
        }
    }

    /**
     * Opens an existing journal read-only (verify, export), also in a read-only folder; writes then fail
     * with a clear message. The desk key is read if there is one, never made.
     */
    public static Journal openReadOnly(Path dataDir, Path keyDir) throws JournalException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            throw new JournalException(gone(dataDir, keyDir), null);
        }
        Connection c = null;
        try {
            file = dataDir.toRealPath().resolve(FILE_NAME);
            c = connect(file, true);
            Journal journal = new Journal(file, c, DeskKey.read(keyDir).orElse(null), new OutsideHead(keyDir, file));
            LOG.info("Journal open at {} (read-only)", file);
            return journal;
        } catch (SQLException | IOException e) {
            close(c);
            throw new JournalException("The local journal " + file + " could not be opened (" + reason(e) + ").", e);
        } catch (JournalException e) {
            close(c);
            throw e;
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(Transactions.BUSY_TIMEOUT_MS);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        if (readOnly && !Files.isWritable(file.getParent()) && !Files.exists(Path.of(file + "-wal"))) {
            // a read-only folder cannot hold the WAL index; with no WAL left behind the file is complete as it is
            url = "jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1";
        }
        return config.createConnection(url);
    }

    /** "No journal yet", or, when an outside head names entries, that the journal is gone. */
    private static String gone(Path dataDir, Path keyDir) {
        Path folder = dataDir.toAbsolutePath().normalize();
        try {
            folder = dataDir.toRealPath();
        } catch (IOException folderGoneToo) {
            LOG.debug("No folder {}", dataDir);
        }
        OutsideHead head = new OutsideHead(keyDir, folder.resolve(FILE_NAME));
        if (!head.exists()) {
            return "There is no journal in " + dataDir + " yet.";
        }
        DeskKey key;
        try {
            key = DeskKey.read(keyDir).orElse(null);
        } catch (JournalException e) {
            key = null;
        }
        long had = entriesOf(key, head);
        return "The journal " + folder.resolve(FILE_NAME) + " is gone, although its outside head " + head.file()
                + (had >= 0 ? " says it had " + had + " entries." : " says it had entries.");
    }

    static String tablesGone(DeskKey key, OutsideHead head) {
        long had = entriesOf(key, head);
        return had >= 0 ? "The journal had " + had + " entries and its tables are gone."
                : "The journal's tables are gone, and its outside head " + head.file() + " says it had entries.";
    }

    /** The entries the outside head counts, or -1 when it cannot be read (no key, or edited). */
    private static long entriesOf(DeskKey key, OutsideHead head) {
        try {
            return key == null ? -1 : head.read(key).map(OutsideHead.Head::entries).orElse(-1L);
        } catch (JournalException e) {
            return -1;
        }
    }

    public AuditLog audit() {
        return audit;
    }

    public Outbox outbox() {
        return outbox;
    }

    public ShiftQueries shifts() {
        return shifts;
    }

    public Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /** The desk key, or null (a read-only journal whose key is missing). */
    DeskKey key() {
        return key;
    }

    OutsideHead outsideHead() {
        return outsideHead;
    }

    /** Who this journal instance is when it claims an outbox entry: the process id and a random tag. */
    String claimant() {
        return claimant;
    }

    /** A sentence for a failed write: read-only, disk full, or other. */
    static JournalException writeFailed(SQLException e) {
        String m = String.valueOf(e.getMessage());
        String why = m.contains("READONLY") || m.contains("readonly") ? "it is read-only"
                : m.contains("FULL") || m.contains("full") ? "the disk is full"
                : Transactions.busy(e) ? "another program kept it locked" : reason(e);
        return writeFailed(why, e);
    }

    static JournalException writeFailed(String why, Exception cause) {
        return new JournalException("The local journal cannot be written (" + why
                + "); nothing was sent, so no redemption goes unrecorded.", why, cause);
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Closing a journal that failed to open", e);
            }
        }
    }

    @Override
    public void close() {
        Claimants.closed(claimant);
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the journal failed", e);
        }
    }
}
