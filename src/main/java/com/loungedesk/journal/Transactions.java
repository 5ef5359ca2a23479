package com.loungedesk.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs work on the journal's connection so that several processes can share one journal file:
 * writes in {@code BEGIN IMMEDIATE} transactions (the write lock is taken before anything is read, so a
 * transaction never has to upgrade a stale snapshot, which SQLite refuses with BUSY_SNAPSHOT), and every
 * piece of work tried again when SQLite still answers BUSY or LOCKED after its busy timeout.
 */
final class Transactions {

    /** How many times a busy piece of work is tried; each try waits up to the busy timeout first. */
    static final int TRIES = 6;
    static final int BUSY_TIMEOUT_MS = 10_000;

    interface Work<T> {
        T run(Connection c) throws SQLException, JournalException;
    }

    private Transactions() {
    }

    /** Runs {@code work} in one write transaction; commits if it returns, rolls back if it throws. */
    static <T> T write(Connection c, Work<T> work) throws SQLException, JournalException {
        for (int attempt = 1; ; attempt++) {
            try {
                exec(c, "BEGIN IMMEDIATE");
            } catch (SQLException e) {
                if (busy(e) && attempt < TRIES) {
                    pause(attempt);
                    continue;
                }
                throw e;
            }
            try {
                T result = work.run(c);
                exec(c, "COMMIT");
                return result;
            } catch (SQLException e) {
                rollback(c);
                if (busy(e) && attempt < TRIES) {
                    pause(attempt);
                    continue;
                }
                throw e;
            } catch (JournalException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        }
    }

    /** Runs {@code work} in one read transaction: everything it reads comes from one snapshot. */
    static <T> T read(Connection c, Work<T> work) throws SQLException, JournalException {
        return retrying(c, conn -> {
            exec(conn, "BEGIN");
            try {
                T result = work.run(conn);
                exec(conn, "COMMIT");
                return result;
            } catch (SQLException | JournalException | RuntimeException e) {
                rollback(conn);
                throw e;
            }
        });
    }

    /** Runs {@code work} (reads, or one self-contained statement), again when the journal is busy. */
    static <T> T retrying(Connection c, Work<T> work) throws SQLException, JournalException {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run(c);
            } catch (SQLException e) {
                if (busy(e) && attempt < TRIES) {
                    pause(attempt);
                    continue;
                }
                throw e;
            }
        }
    }

    /** SQLITE_BUSY or SQLITE_LOCKED, extended codes (BUSY_SNAPSHOT, BUSY_RECOVERY...) included. */
    static boolean busy(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        String m = String.valueOf(e.getMessage());
        return primary == 5 || primary == 6 || m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED");
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void rollback(Connection c) {
        try {
            exec(c, "ROLLBACK");
        } catch (SQLException alreadyRolledBack) {
            // SQLite rolls back by itself on some errors (disk full, busy); then there is nothing to undo
            org.slf4j.LoggerFactory.getLogger(Transactions.class).debug("rollback: {}", alreadyRolledBack.getMessage());
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
