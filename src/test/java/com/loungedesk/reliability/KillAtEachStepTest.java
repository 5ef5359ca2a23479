package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.app.ClientServices;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.OutboxEntry;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.SyncReport;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A console killed (Runtime.halt, as -9) at each step of a redeem and of a cancel — before the outbox
 * write, after the write but before the send, after the send but before the answer was recorded — ends,
 * after a restart and one outbox sync, with exactly one effect on the sandbox or none, and its journal
 * says which: no entry (none), or an entry that the restart sends and marks DONE (one).
 */
class KillAtEachStepTest {

    @org.junit.jupiter.api.io.TempDir
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

    private String fork(String step, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx96m", "-XX:TieredStopAtLevel=1",
                "-Dloungedesk.haltAt=" + step, "-cp", System.getProperty("java.class.path"), KillStepChild.class.getName()));
        cmd.addAll(List.of(args));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = child.getInputStream().readAllBytes();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not end");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(137, child.exitValue(), "the child must halt at " + step + "; output:\n" + text);
        assertTrue(text.contains("HALT " + step), text);
        return text;
    }

    private static List<OutboxEntry> outbox(Path data) throws Exception {
        try (Journal j = Journal.open(data, data.resolveSibling("config"))) {
            return j.outbox().all();
        }
    }

    /** Restarts the desk on the same data folder, syncs twice, and answers the audit CSV. */
    private static String restartAndSync(String url, Path data, int expectSent) throws Exception {
        try (ClientServices restarted = ClientServices.open(LiveSandbox.settings(url), url, data, data.resolveSibling("config"),
                OrderTracker.Settings.defaults())) {
            assertEquals(new SyncReport(expectSent, 0, 0, ""), restarted.outboxSync().syncOnce());
            assertEquals(new SyncReport(0, 0, 0, ""), restarted.outboxSync().syncOnce());
            assertTrue(restarted.journal().audit().verify().intact());
            StringWriter csv = new StringWriter();
            restarted.journal().audit().exportCsv(csv, Instant.EPOCH, Instant.now().plusSeconds(60));
            return csv.toString();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"before-outbox-write", "after-outbox-write", "after-send"})
    void aRedeemKilledAtAnyStepEndsWithOneUsageOrderOrNoneAndTheJournalSaysWhich(String step) throws Exception {
        String reference = sandbox.newWalkIn(3);
        Path data = dir.resolve("desk");
        fork(step, "redeem", sandbox.url(), data.toString(), reference);
        boolean sent = step.equals("after-send");
        assertEquals(sent ? 1 : 0, sandbox.ordersFor(reference).size(), "orders on the sandbox right after the kill");
        List<OutboxEntry> written = outbox(data);
        boolean none = step.equals("before-outbox-write");
        assertEquals(none ? 0 : 1, written.size());
        if (!none) {
            assertEquals(OutboxEntry.State.PENDING, written.get(0).state(), "unknown outcome stays pending");
        }
        String csv = restartAndSync(sandbox.url(), data, none ? 0 : 1);
        assertEquals(none ? 0 : 1, sandbox.ordersFor(reference).size(), "exactly one effect or none");
        assertEquals(none ? 0 : 1, csv.lines().filter(l -> l.contains(",REDEEM,") && l.contains(",DONE,")).count(), csv);
        if (!none) {
            OutboxEntry after = outbox(data).get(0);
            assertEquals(OutboxEntry.State.DONE, after.state());
            assertEquals(written.get(0).idempotencyKey(), after.idempotencyKey(), "resent with the same key");
        }
        System.out.println("FIGURE kill -9 redeem at " + step + ": " + (sent ? 1 : 0) + " order before restart, "
                + (none ? 0 : 1) + " after (journal: " + (none ? "no entry" : "entry DONE") + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"before-outbox-write", "after-outbox-write", "after-send"})
    void aCancelKilledAtAnyStepEndsCancelledOnceOrNotAtAllAndTheJournalSaysWhich(String step) throws Exception {
        String reference = sandbox.newWalkIn(3);
        String orderId = sandbox.redeemElsewhere(reference);
        long revision = sandbox.order(orderId).get("revision").asLong();
        Path data = dir.resolve("desk");
        fork(step, "cancel", sandbox.url(), data.toString(), orderId);
        boolean sent = step.equals("after-send");
        JsonNode killed = sandbox.order(orderId);
        assertEquals(sent ? 3 : 2, killed.get("status").asInt());
        boolean none = step.equals("before-outbox-write");
        assertEquals(none ? 0 : 1, outbox(data).size());
        String csv = restartAndSync(sandbox.url(), data, none ? 0 : 1);
        JsonNode after = sandbox.order(orderId);
        assertEquals(none ? 2 : 3, after.get("status").asInt());
        assertEquals(none ? revision : revision + 1, after.get("revision").asLong(), "cancelled exactly once");
        assertEquals(none ? 0 : 1, csv.lines().filter(l -> l.contains(",CANCEL,") && l.contains(",DONE,")).count(), csv);
        assertEquals(1, sandbox.ordersFor(reference).size(), "a cancel never makes or removes orders");
        System.out.println("FIGURE kill -9 cancel at " + step + ": status " + killed.get("status").asInt()
                + " before restart, " + after.get("status").asInt() + " after, revision +" + (after.get("revision").asLong() - revision));
    }
}
