package com.loungedesk.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sqlite.SQLiteConfig;

/**
 * The sandbox's SQLite file (WAL, synchronous NORMAL). One connection and one writer thread make a
 * single writer ({@link GroupCommit}): units of work queued together run in one {@code BEGIN IMMEDIATE}
 * transaction, one after the other, each in its own savepoint, so rules checked inside a unit cannot
 * be raced, even by another process on the same file, and a unit that fails undoes only itself.
 * A caller gets its answer only after the COMMIT that holds its work. Reads that change nothing
 * (lookups, the order feed) run on a few read-only connections, each in its own snapshot, and never
 * wait for the writer. WAL checkpoints run on their own connection ({@link Checkpointer}), not on the
 * writer's commits.
 *
 * <p>Durability: in WAL mode with synchronous NORMAL a committed transaction is in the WAL file before
 * the answer is sent, so killing the process (even with -9) loses nothing committed; only a power cut
 * or an OS crash can lose the last few commits. FULL would add an fsync to every commit and cut the
 * redeem rate several-fold on the same disk (see the README's Performance section).
 */
final class Database implements AutoCloseable {

    /** Work done inside one transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final int READERS = 4;
    private final Connection connection;
    private final GroupCommit writer;
    private final Checkpointer checkpointer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

    Database(Path file) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(10_000);
            config.enforceForeignKeys(true);
            // savepoint journals in memory, and no hidden "SELECT last_insert_rowid()" after every INSERT
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.setGetGeneratedKeys(false);
            connection = config.createConnection(url);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_autocheckpoint = 0");
            }
            writer = new GroupCommit(connection, "sandbox-writer");
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the sandbox database " + file + ": " + e.getMessage(), e);
        }
        Checkpointer started = null;
        try {
            Schema.migrate(this);
            for (int i = 0; i < READERS; i++) {
                SQLiteConfig reader = new SQLiteConfig();
                reader.setReadOnly(true);
                reader.setBusyTimeout(10_000);
                readers.add(reader.createConnection(url));
            }
            started = new Checkpointer(url);
        } catch (RuntimeException | SQLException e) {
            close();
            throw new IllegalStateException("cannot open the sandbox database " + file + ": " + e.getMessage(), e);
        }
        checkpointer = started;
    }

    /** Runs read-only work in one snapshot on a reader connection; never waits for the writer. */
    <T> T read(Work<T> work) {
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database reader", e);
        }
        try {
            execute(c, "BEGIN");
            try {
                return work.run(c);
            } finally {
                execute(c, "COMMIT");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database failure: " + e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    /** Runs the work all-or-nothing on the single writer; returns once it is committed. */
    <T> T tx(Work<T> work) {
        return writer.run(work);
    }

    /** Units of work waiting for the writer. */
    int queuedWrites() {
        return writer.queued();
    }

    /** Runs one statement without parameters (transaction control), prepared once per connection. */
    static void execute(Connection c, String sql) throws SQLException {
        StatementCache.prepared(c, sql).execute();
    }

    /** Runs work in a savepoint of the current transaction; an ApiError undoes just that work. */
    static <T> T savepoint(Connection c, Work<T> work) throws SQLException {
        execute(c, "SAVEPOINT work");
        try {
            T result = work.run(c);
            execute(c, "RELEASE work");
            return result;
        } catch (ApiError e) {
            execute(c, "ROLLBACK TO work");
            execute(c, "RELEASE work");
            throw e;
        }
    }

    /** Lets queued work commit, then closes every connection (the last one folds the WAL back in). */
    @Override
    public void close() {
        writer.close();
        if (checkpointer != null) {
            checkpointer.close();
        }
        try {
            for (Connection reader : readers) {
                StatementCache.forget(reader);
                reader.close();
            }
            StatementCache.forget(connection);
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the sandbox database", e);
        }
    }
}
