package com.loungedesk.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The sandbox's SQLite file (WAL, synchronous FULL). One connection and one lock make a single
 * writer; every unit of work runs in one {@code BEGIN IMMEDIATE} transaction, so rules checked
 * inside it cannot be raced, even by another process on the same file.
 */
final class Database implements AutoCloseable {

    /** Work done inside one transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final ReentrantLock lock = new ReentrantLock(true);
    private final Connection connection;

    Database(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(10_000);
            config.enforceForeignKeys(true);
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the sandbox database " + file + ": " + e.getMessage(), e);
        }
        try {
            Schema.migrate(this);
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("cannot open the sandbox database " + file + ": " + e.getMessage(), e);
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
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the sandbox database", e);
        } finally {
            lock.unlock();
        }
    }
}
