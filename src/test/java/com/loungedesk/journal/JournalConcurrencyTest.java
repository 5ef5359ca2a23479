package com.loungedesk.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three journals on three connections to one data folder, as three processes would have: appends keep
 * one chain and the outside head agrees with it; an outbox entry is claimed by exactly one of them.
 */
class JournalConcurrencyTest {

    private static final int DESKS = 3;

    @TempDir
    Path dir;

    private Journal open() throws JournalException {
        return Journal.open(dir.resolve("data"), dir.resolve("config"));
    }

    @Test
    void threeWritersAppendingAtOnceKeepOneChainAndTheOutsideHead() throws Exception {
        int each = 60;
        List<Journal> journals = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            journals.add(open());
        }
        ExecutorService pool = Executors.newFixedThreadPool(DESKS);
        CyclicBarrier start = new CyclicBarrier(DESKS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < DESKS; i++) {
                Journal j = journals.get(i);
                String desk = "desk-" + i;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < each; n++) {
                        j.audit().append(AuditEntry.of(desk, "op", "LOOKUP", "REF" + n, "FOUND", 0, "", ""));
                    }
                    return each;
                }));
            }
            for (Future<Integer> f : done) {
                assertEquals(each, f.get());
            }
        } finally {
            pool.shutdownNow();
            journals.forEach(Journal::close);
        }
        try (Journal j = Journal.openReadOnly(dir.resolve("data"), dir.resolve("config"))) {
            VerifyResult r = j.audit().verify();
            assertTrue(r.intact(), r.message());
            assertEquals(DESKS * each, r.entries());
            OutsideHead.Head head = j.outsideHead().read(j.key()).orElseThrow();
            assertEquals(DESKS * each, head.entries(), "the outside head names the last entry");
            assertEquals(j.audit().head().mac(), head.lastMac());
        }
    }

    @Test
    void anOutboxEntryIsClaimedByExactlyOneOfThreeJournals() throws Exception {
        int rows = 40;
        List<Long> ids = new ArrayList<>();
        try (Journal writer = open()) {
            for (int i = 0; i < rows; i++) {
                ids.add(writer.outbox().add("REDEEM", "key-" + i, "{}", "desk-1", "op").id());
            }
        }
        List<Journal> journals = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            journals.add(open());
        }
        Map<Long, AtomicInteger> claims = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(DESKS);
        CyclicBarrier start = new CyclicBarrier(DESKS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Journal j : journals) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (long id : ids) {
                        if (j.outbox().claim(id).isPresent()) {
                            claims.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            assertEquals(rows, claims.size(), "every entry was claimed (its writer's claim ended when it closed)");
            claims.forEach((id, n) -> assertEquals(1, n.get(), "entry " + id + " claimed " + n + " times"));
            long id = ids.get(0);
            assertTrue(journals.get(0).outbox().markDone(id, "DP1"));
            assertTrue(journals.get(2).outbox().claim(id).isEmpty(), "a finished entry is never claimed again");
            assertEquals(false, journals.get(1).outbox().markDone(id, "DP1"), "and never recorded twice");
        } finally {
            pool.shutdownNow();
            journals.forEach(Journal::close);
        }
    }

    @Test
    void theWriterOfANewEntryHoldsItsClaimUntilItCloses() throws Exception {
        try (Journal writer = open(); Journal sync = open()) {
            OutboxEntry e = writer.outbox().add("REDEEM", "key-1", "{}", "desk-1", "op");
            assertTrue(sync.outbox().claim(e.id()).isEmpty(), "a sync elsewhere leaves a fresh entry to its writer");
            assertTrue(writer.outbox().claim(e.id()).isPresent());
            writer.outbox().markKept(e.id(), "no answer");
            assertTrue(sync.outbox().claim(e.id()).isPresent(), "a kept entry may be sent by anyone");
        }
    }

    @Test
    void anAppendWaitsForAnotherProcessesWriteAndThenWrites() throws Exception {
        try (Journal j = open()) {
            j.audit().append(AuditEntry.of("desk-1", "op", "LOOKUP", "R0", "FOUND", 0, "", ""));
            CountDownLatch locked = new CountDownLatch(1);
            Thread other = new Thread(() -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + j.file());
                     Statement s = c.createStatement()) {
                    s.execute("BEGIN IMMEDIATE");
                    locked.countDown();
                    Thread.sleep(1_500);
                    s.execute("INSERT INTO outbox (idem_key, action, payload, desk, operator, created_at, state,"
                            + " updated_at) VALUES ('k', 'REDEEM', '{}', 'd', 'o', '2026-01-01T00:00:00Z', 'DONE',"
                            + " '2026-01-01T00:00:00Z')");
                    s.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            other.start();
            assertTrue(locked.await(60, TimeUnit.SECONDS));
            AuditEntry e = j.audit().append(AuditEntry.of("desk-1", "op", "LOOKUP", "R1", "FOUND", 0, "", ""));
            other.join();
            assertEquals(2, e.id());
            assertEquals(1, j.outbox().all().size(), "the other process's write is there too");
            assertTrue(j.audit().verify().intact());
        }
    }
}
