package com.loungedesk.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The desk's local SQLite journal ({@code journal.db} in the data folder): an append-only, hash-chained
 * audit log and the outbox of redeems and cancels not yet confirmed by the backend. WAL mode with
 * synchronous=FULL, so what a method wrote survives a crash or a kill the moment it returns.
 * One connection, used by one thread at a time.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    public static final String FILE_NAME = "journal.db";

    private final Connection connection;
    private final Path file;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ShiftQueries shifts;

    private Journal(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.audit = new AuditLog(this);
        this.outbox = new Outbox(this);
        this.shifts = new ShiftQueries(this);
    }

    /** Opens (creating if needed) the journal in {@code dataDir}. */
    public static Journal open(Path dataDir) throws JournalException {
        return open(dataDir, false);
    }

    /** Opens an existing journal read-only (verify, export); writes then fail with a clear message. */
    public static Journal openReadOnly(Path dataDir) throws JournalException {
        return open(dataDir, true);
    }

    private static Journal open(Path dataDir, boolean readOnly) throws JournalException {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!readOnly) {
                Files.createDirectories(dataDir);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(readOnly);
            config.setBusyTimeout(5_000);
            Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            if (!readOnly) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=FULL");
                    Schema.create(s);
                }
            }
            LOG.info("Journal open at {}{}", file, readOnly ? " (read-only)" : "");
            return new Journal(file, c);
        } catch (SQLException | java.io.IOException e) {
            throw new JournalException("The local journal " + file + " could not be opened (" + reason(e) + ").", e);
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

    /** A sentence for a failed write: read-only, disk full, or other. */
    static JournalException writeFailed(SQLException e) {
        String m = String.valueOf(e.getMessage());
        String why = m.contains("READONLY") || m.contains("readonly") ? "it is read-only"
                : m.contains("FULL") || m.contains("full") ? "the disk is full" : reason(e);
        return new JournalException("The local journal cannot be written (" + why
                + "); nothing was sent, so no redemption goes unrecorded.", e);
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the journal failed", e);
        }
    }
}
