package com.loungedesk.sandbox;

import com.loungedesk.util.DaemonThreads;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer with group commit. Callers queue units of work and wait; one thread takes
 * whatever is queued (up to {@link #MAX_BATCH}), runs it in one {@code BEGIN IMMEDIATE} transaction,
 * each unit in its own savepoint, and commits once. A unit that fails rolls back to its savepoint,
 * so it undoes only itself; the others of the batch still commit. Every caller is answered only
 * after the batch's COMMIT returned, and if the COMMIT (or the transaction) fails, every unit of
 * the batch fails: nothing is reported done that is not committed.
 */
final class GroupCommit implements AutoCloseable {

    static final int MAX_BATCH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    /** One queued unit of work and how it ended. */
    private static final class Unit<T> {
        final Database.Work<T> work;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        T result;
        Throwable failure;

        Unit(Database.Work<T> work) {
            this.work = work;
        }
    }

    private final Connection connection;
    private final LinkedBlockingQueue<Unit<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    /** Queued last by {@link #close}: the writer finishes what is before it, then ends. */
    private final Unit<Void> stop = new Unit<>(c -> null);
    private boolean closed;

    GroupCommit(Connection connection, String name) {
        this.connection = connection;
        this.writer = DaemonThreads.start(name, this::loop);
    }

    /** Runs the work in the next batch and returns its result once that batch has committed. */
    <T> T run(Database.Work<T> work) {
        if (Thread.currentThread() == writer) {
            throw new IllegalStateException("a transaction cannot start another transaction");
        }
        Unit<T> unit = new Unit<>(work);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the sandbox database is closed");
            }
            queue.add(unit);
        }
        unit.done.join();
        if (unit.failure == null) {
            return unit.result;
        }
        if (unit.failure instanceof RuntimeException e) {
            throw e;
        }
        if (unit.failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("database failure: " + unit.failure.getMessage(), unit.failure);
    }

    /** Units queued and not yet taken by the writer. */
    int queued() {
        return queue.size();
    }

    private void loop() {
        List<Unit<?>> batch = new ArrayList<>(MAX_BATCH);
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                stopping = batch.remove(stop);
                if (!batch.isEmpty()) {
                    runBatch(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("the sandbox writer failed a batch", e);
                rollback();
                batch.forEach(u -> finish(u, e));
            } finally {
                batch.clear();
            }
        }
    }

    private void runBatch(List<Unit<?>> batch) {
        try {
            Database.execute(connection, "BEGIN IMMEDIATE");
        } catch (SQLException e) {
            batch.forEach(u -> finish(u, e));
            return;
        }
        try {
            for (Unit<?> unit : batch) {
                runInSavepoint(unit);
            }
            Database.execute(connection, "COMMIT");
        } catch (SQLException e) {
            rollback();
            LOG.warn("a sandbox batch of {} did not commit: {}", batch.size(), e.getMessage());
            batch.forEach(u -> finish(u, e));
            return;
        }
        batch.forEach(u -> u.done.complete(null));
    }

    private <T> void runInSavepoint(Unit<T> unit) throws SQLException {
        Database.execute(connection, "SAVEPOINT unit");
        try {
            unit.result = unit.work.run(connection);
        } catch (SQLException | RuntimeException | Error e) {
            unit.failure = e;
            Database.execute(connection, "ROLLBACK TO unit");
        }
        Database.execute(connection, "RELEASE unit");
    }

    /** Undoes the batch; SQLite may already have rolled it back itself (then there is nothing to undo). */
    private void rollback() {
        try {
            Database.execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            LOG.debug("no transaction left to roll back: {}", e.getMessage());
        }
    }

    private static void finish(Unit<?> unit, Throwable failure) {
        unit.failure = failure;
        unit.done.complete(null);
    }

    /** Lets queued work finish, then stops the writer thread. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(stop);
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
