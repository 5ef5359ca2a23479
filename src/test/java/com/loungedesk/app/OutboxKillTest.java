package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.api.OctoRedemptionClient;
import com.loungedesk.journal.OutboxEntry;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.SyncReport;
import com.loungedesk.sandbox.DemoPasses;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a console process killed with -9 between "written to the outbox" and "sent" loses
 * nothing and doubles nothing — on restart the redeem is sent once, and the sandbox holds one order.
 */
class OutboxKillTest {

    @TempDir
    Path dir;
    private SandboxFixture sandbox;
    private String reference;

    @BeforeEach
    void start() throws Exception {
        sandbox = new SandboxFixture(dir);
        reference = sandbox.post("/sandbox/passes", "{\"kind\":\"walkin\",\"entitlements\":5}").get("reference").asText();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** Forks a desk that redeems {@code reference} and kills it with -9 once the action is in the outbox. */
    private String killBetweenWriteAndSend(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                OutboxKillChild.class.getName(), sandbox.url(), data.toString(), reference)
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.offer(line);
                }
            } catch (java.io.IOException e) {
                lines.offer("READ FAILED " + e);
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith("WRITTEN ")) {
                    return line.substring("WRITTEN ".length());
                }
                assertFalse(line != null && line.startsWith("SENT"), "the child must stop before sending");
            }
            throw new AssertionError("the child never wrote its outbox entry; output: " + lines);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void killedAfterTheOutboxWriteTheRedeemIsSentExactlyOnceOnRestart() throws Exception {
        Path data = dir.resolve("desk");
        String key = killBetweenWriteAndSend(data);
        assertEquals(0, sandbox.ordersFor(DemoPasses.DEMO_KEY, reference).size(), "nothing was sent before the kill");

        try (ClientServices restarted = ClientServices.open(SandboxFixture.settings(sandbox.url()), sandbox.url(), data,
                data.resolveSibling("config"), OrderTracker.Settings.defaults())) {
            List<OutboxEntry> pending = restarted.journal().outbox().pending();
            assertEquals(1, pending.size());
            assertEquals(key, pending.get(0).idempotencyKey());
            SyncReport first = restarted.outboxSync().syncOnce();
            assertEquals(new SyncReport(1, 0, 0, ""), first);
            assertEquals(new SyncReport(0, 0, 0, ""), restarted.outboxSync().syncOnce());
            assertEquals(OutboxEntry.State.DONE, restarted.journal().outbox().byKey(key).orElseThrow().state());
        }
        assertEquals(1, sandbox.ordersFor(DemoPasses.DEMO_KEY, reference).size(), "exactly one usage order");
        System.out.println("FIGURE kill -9 after outbox write: 0 orders before restart, 1 after sync, 1 after a second sync");
    }

    @Test
    void killedAfterTheRequestReachedTheBackendTheResendIsAnsweredFromTheFirst() throws Exception {
        Path data = dir.resolve("desk");
        String key = killBetweenWriteAndSend(data);
        try (ClientServices restarted = ClientServices.open(SandboxFixture.settings(sandbox.url()), sandbox.url(), data,
                data.resolveSibling("config"), OrderTracker.Settings.defaults())) {
            String code = restarted.desk().lookup(new com.loungedesk.redemption.DeskContext("desk-9", "kim", "Kim"),
                    reference, "typed").bookings().get(0).redemptionCode();
            // the first send, whose answer the killed process never read
            new OctoRedemptionClient(restarted.gateway()).redeem(DemoPasses.DEMO_KEY, List.of(code), 0, "desk desk-9", key);
            assertEquals(1, sandbox.ordersFor(DemoPasses.DEMO_KEY, reference).size());
            assertEquals(1, restarted.outboxSync().syncOnce().sent());
        }
        assertEquals(1, sandbox.ordersFor(DemoPasses.DEMO_KEY, reference).size(), "the resend made no second order");
    }
}
