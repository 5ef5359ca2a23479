package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.app.ClientServices;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.OutboxEntry;
import com.loungedesk.journal.VerifyResult;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tester's trial of issue 19 with three desks' services (three journals on three connections) on one
 * data folder, in threads: three rounds of three redeems at once, each desk running an outbox sync right
 * after its redeem (as a {@code journal sync} script beside a console would). The server's orders, the
 * journal's REDEEM DONE entries and its lookups agree, and no outbox entry was sent twice.
 */
class SharedDataFolderTest {

    static final int DESKS = 3;
    static final int ROUNDS = 3;

    @TempDir
    Path dir;
    private LiveSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = new LiveSandbox(dir);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void threeDesksOnOneDataFolderJournalEachEffectOnce() throws Exception {
        List<String> passes = new ArrayList<>();
        for (int i = 0; i < DESKS * ROUNDS; i++) {
            passes.add(sandbox.newWalkIn(1));
        }
        Path data = dir.resolve("desk");
        Path config = dir.resolve("config");
        List<ClientServices> desks = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            desks.add(ClientServices.open(LiveSandbox.settings(sandbox.url()), sandbox.url(), data, config,
                    OrderTracker.Settings.defaults()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(DESKS);
        CyclicBarrier round = new CyclicBarrier(DESKS);
        try {
            List<Future<List<Verdict>>> results = new ArrayList<>();
            for (int d = 0; d < DESKS; d++) {
                ClientServices desk = desks.get(d);
                DeskContext who = new DeskContext("desk-" + d, "op" + d, "Op " + d);
                int first = d;
                results.add(pool.submit(() -> {
                    List<Verdict> verdicts = new ArrayList<>();
                    for (int r = 0; r < ROUNDS; r++) {
                        round.await();
                        LookupOutcome pass = desk.desk().lookup(who, passes.get(r * DESKS + first), "typed");
                        verdicts.add(desk.desk().redeem(who, pass, List.of(pass.bookings().get(0).redemptionCode()), 0));
                        desk.outboxSync().syncOnce();
                    }
                    return verdicts;
                }));
            }
            for (Future<List<Verdict>> f : results) {
                for (Verdict v : f.get()) {
                    assertEquals(VerdictKind.VALID, v.kind(), v.message());
                }
            }
        } finally {
            pool.shutdownNow();
            desks.forEach(ClientServices::close);
        }
        assertOneEntryPerEffect(sandbox, passes, data, config);
    }

    /** Server orders == REDEEM DONE entries, every lookup journaled, every outbox entry sent once, chain intact. */
    static void assertOneEntryPerEffect(LiveSandbox sandbox, List<String> passes, Path data, Path config)
            throws Exception {
        int orders = 0;
        for (String pass : passes) {
            orders += sandbox.ordersFor(pass).size();
        }
        assertEquals(passes.size(), orders, "one order per pass on the server");
        assertEquals(orders, count(data, "SELECT count(*) FROM audit WHERE kind = 'REDEEM' AND outcome = 'DONE'"),
                "one REDEEM DONE entry per order");
        assertEquals(passes.size(), count(data, "SELECT count(*) FROM audit WHERE kind = 'LOOKUP'"),
                "every lookup journaled");
        try (Journal j = Journal.openReadOnly(data, config)) {
            List<OutboxEntry> outbox = j.outbox().all();
            assertEquals(passes.size(), outbox.size());
            for (OutboxEntry e : outbox) {
                assertEquals(OutboxEntry.State.DONE, e.state(), e.toString());
                assertEquals(1, e.attempts(), "sent once: " + e);
            }
            VerifyResult r = j.audit().verify();
            assertTrue(r.intact(), r.message());
        }
    }

    private static long count(Path data, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Journal.FILE_NAME));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
