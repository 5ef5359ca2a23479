package com.loungedesk.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The sandbox's SQLite file (WAL, synchronous NORMAL). One connection and one lock make a single
 * writer; every unit of work runs in one {@code BEGIN IMMEDIATE} transaction, so rules checked
 * inside it cannot be raced, even by another process on the same file. Reads that change nothing
 * (lookups, the order feed) run on a few read-only connections, each in its own snapshot, and never
 * wait for the writer.
 *
 * <p>Durability: in WAL mode with synchronous NORMAL a committed transaction is in the WAL file before
 * the answer is sent, so killing the process (even with -9) loses nothing committed; only a power cut
 * or an OS crash can lose the last few commits. FULL would add an fsync to every redeem and cut the
 * redeem rate several-fold on the same disk (see the README's Performance section).
 */
final class Database implements AutoCloseable {

    /** Work done inside one transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final int READERS = 4;
    private final ReentrantLock lock = new ReentrantLock();
    private final Connection connection;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

    Database(Path file) {
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
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the sandbox database " + file + ": " + e.getMessage(), e);
        }
        try {
            Schema.migrate(this);
            for (int i = 0; i < READERS; i++) {
                SQLiteConfig reader = new SQLiteConfig();
                reader.setReadOnly(true);
                reader.setBusyTimeout(10_000);
                readers.add(reader.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
            }
        } catch (RuntimeException | SQLException e) {
            close();
            throw new IllegalStateException("cannot open the sandbox database " + file + ": " + e.getMessage(), e);
        }
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
            run(c, "BEGIN");
            try {
                return work.run(c);
            } finally {
                run(c, "COMMIT");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database failure: " + e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    <T> T tx(Work<T> work) {
        lock.lock();
        try {
            execute("BEGIN IMMEDIATE");
            boolean done = false;
            try {
                T result = work.run(connection);
                execute("COMMIT");
                done = true;
                return result;
            } finally {
                if (!done) {
                    execute("ROLLBACK");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database failure: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in a savepoint of the current transaction; an ApiError undoes just that work. */
    static <T> T savepoint(Connection c, Work<T> work) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SAVEPOINT work");
        }
        try {
            T result = work.run(c);
            try (Statement s = c.createStatement()) {
                s.execute("RELEASE work");
            }
            return result;
        } catch (ApiError e) {
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK TO work");
                s.execute("RELEASE work");
            }
            throw e;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            for (Connection reader : readers) {
                reader.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the sandbox database", e);
        } finally {
            lock.unlock();
        }
    }
}
