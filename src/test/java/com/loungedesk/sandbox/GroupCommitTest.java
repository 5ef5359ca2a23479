package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit: work queued while the writer is busy runs in one batch (one transaction), each unit
 * in its own savepoint. Every test holds the writer with a first unit until the others are queued,
 * so they surely share a batch.
 */
class GroupCommitTest {

    private static final int UNITS = 20;

    static {
        SandboxTestBase.quietLogs();
    }

    @TempDir
    Path dir;
    private SandboxServices services;
    private ExecutorService pool;

    @BeforeEach
    void open() {
        services = new SandboxServices(SandboxConfig.of(dir.resolve("batch.db")));
        pool = Executors.newFixedThreadPool(UNITS + 1);
        services.db.tx(c -> Sql.update(c, "CREATE TABLE IF NOT EXISTS marks(name TEXT PRIMARY KEY)"));
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        services.close();
    }

    /** Queues every unit behind a held writer, then lets them all run as one batch. */
    private <T> List<Future<T>> oneBatch(List<Database.Work<T>> units) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Object> blocker = pool.submit(() -> services.db.tx(c -> {
            held.countDown();
            try {
                return release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertTrue(held.await(60, TimeUnit.SECONDS));
        List<Future<T>> futures = new ArrayList<>();
        for (Database.Work<T> unit : units) {
            futures.add(pool.submit(() -> services.db.tx(unit)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (services.db.queuedWrites() < units.size() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(units.size(), services.db.queuedWrites(), "all units queued behind the held writer");
        release.countDown();
        blocker.get(60, TimeUnit.SECONDS);
        return futures;
    }

    private long marks() {
        return count("SELECT count(*) FROM marks");
    }

    private long count(String sql, Object... params) {
        Long n = services.db.read(c -> Sql.count(c, sql, params));
        return n;
    }

    @Test
    void aFailingUnitUndoesOnlyItselfAndTheOthersCommit() throws Exception {
        List<Database.Work<String>> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            String name = "unit-" + i;
            boolean fails = i % 5 == 2;
            boolean breaksSql = i == 7;
            units.add(c -> {
                Sql.update(c, "INSERT INTO marks(name) VALUES (?)", name);
                if (fails) {
                    throw ApiError.badRequest("refused " + name);
                }
                if (breaksSql) {
                    Sql.update(c, "INSERT INTO marks(name) VALUES (?)", name);
                }
                return name;
            });
        }
        List<Future<String>> futures = oneBatch(units);
        int ok = 0;
        for (int i = 0; i < UNITS; i++) {
            if (i % 5 == 2) {
                ExecutionException e = assertThrows(ExecutionException.class, futures.get(i)::get);
                assertInstanceOf(ApiError.class, e.getCause());
                assertEquals("refused unit-" + i, e.getCause().getMessage());
            } else if (i == 7) {
                ExecutionException e = assertThrows(ExecutionException.class, futures.get(i)::get);
                assertInstanceOf(IllegalStateException.class, e.getCause());
                assertInstanceOf(SQLException.class, e.getCause().getCause());
            } else {
                assertEquals("unit-" + i, futures.get(i).get());
                ok++;
            }
        }
        assertEquals(ok, marks(), "exactly the units that succeeded left their row");
        for (int i : new int[] {2, 7, 12, 17}) {
            String name = "unit-" + i;
            assertEquals(0L, count("SELECT count(*) FROM marks WHERE name = ?", name));
        }
    }

    @Test
    void racingRedeemsOfOneBookingInOneBatchGiveExactlyOneSuccess() throws Exception {
        String code = DemoPasses.PACKAGE_CODES.get(0);
        List<Database.Work<String>> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(c -> services.redemptions.redeem(c, 1, List.of(code), 0, null).orderId());
        }
        int won = 0;
        List<String> refusals = new ArrayList<>();
        for (Future<String> f : oneBatch(units)) {
            try {
                assertTrue(f.get().startsWith("DP"));
                won++;
            } catch (ExecutionException e) {
                ApiError refusal = assertInstanceOf(ApiError.class, e.getCause());
                refusals.add(refusal.kind.name());
            }
        }
        assertEquals(1, won);
        assertEquals(UNITS - 1, refusals.stream().filter("ALREADY_REDEEMED"::equals).count(), refusals.toString());
        assertEquals(1L, count("SELECT count(*) FROM order_codes WHERE redemption_code = ?", code));
    }

    @Test
    void aThreeVisitPassRedeemedByARacingBatchGivesExactlyThreeVisits() throws Exception {
        List<Database.Work<String>> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(c -> services.redemptions.redeem(c, 1, List.of(DemoPasses.WALKIN_EPASS), 0, null).orderId());
        }
        long won = 0;
        for (Future<String> f : oneBatch(units)) {
            try {
                f.get();
                won++;
            } catch (ExecutionException e) {
                assertInstanceOf(ApiError.class, e.getCause());
            }
        }
        assertEquals(3, won);
        assertEquals(0L, count("SELECT entitlements_left FROM passes WHERE reference = ?", DemoPasses.WALKIN_EPASS));
    }

    @Test
    void anAnsweredUnitIsAlreadyCommittedForEveryReader() {
        for (int i = 0; i < 50; i++) {
            String name = "seen-" + i;
            services.db.tx(c -> Sql.update(c, "INSERT INTO marks(name) VALUES (?)", name));
            assertEquals(1L, count("SELECT count(*) FROM marks WHERE name = ?", name));
        }
    }

    @Test
    void aTransactionInsideATransactionIsRefusedAndUndoesItsUnit() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> services.db.tx(c -> {
            Sql.update(c, "INSERT INTO marks(name) VALUES ('outer')");
            return services.db.tx(inner -> null);
        }));
        assertTrue(e.getMessage().contains("cannot start another transaction"), e.getMessage());
        assertEquals(0, marks());
        assertNull(services.db.tx(c -> null));
    }
}
