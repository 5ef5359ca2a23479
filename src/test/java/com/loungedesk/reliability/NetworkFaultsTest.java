package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.api.Backend;
import com.loungedesk.api.loungedesk.LoungeDeskBackend;
import com.loungedesk.api.SupplierRouter;
import com.loungedesk.app.ClientServices;
import com.loungedesk.redemption.CancelUsage;
import com.loungedesk.redemption.OutboxSender;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.OutboxEntry;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.CancelReason;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.SyncReport;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real desk (ClientServices) against the real sandbox through {@link FaultProxy}: the backend
 * going away, and answers lost after the backend acted. Counted on the sandbox: one order per action.
 */
class NetworkFaultsTest {

    private static final DeskContext WHO = new DeskContext("desk-n", "kim", "Kim");

    @TempDir
    Path dir;
    private LiveSandbox sandbox;
    private FaultProxy proxy;
    private ClientServices desk;

    @BeforeEach
    void start() throws Exception {
        sandbox = new LiveSandbox(dir);
        proxy = new FaultProxy(sandbox.url());
        desk = ClientServices.open(LiveSandbox.settings(proxy.url()), proxy.url(), dir.resolve("desk"), dir.resolve("config"),
                OrderTracker.Settings.defaults());
    }

    @AfterEach
    void stop() throws Exception {
        desk.close();
        proxy.close();
        sandbox.close();
    }

    private Verdict redeem(LookupOutcome pass) {
        return desk.desk().redeem(WHO, pass, List.of(pass.bookings().get(0).redemptionCode()), 0);
    }

    @Test
    void aBackendDownWhenStaffRedeemQueuesTheRedeemAndItIsSentOnceWhenTheBackendIsBack() throws Exception {
        String reference = sandbox.newWalkIn(3);
        LookupOutcome pass = desk.desk().lookup(WHO, reference, "typed");
        proxy.down();
        Verdict v = redeem(pass);
        assertEquals(VerdictKind.QUEUED, v.kind(), v.message());
        assertTrue(v.message().contains("Could not connect to the backend"), v.message());
        List<OutboxEntry> held = desk.journal().outbox().pending();
        assertEquals(1, held.size(), "the outbox holds the redeem");
        assertEquals(0, sandbox.ordersFor(reference).size());

        proxy.up();
        assertEquals(new SyncReport(1, 0, 0, ""), desk.outboxSync().syncOnce());
        assertEquals(new SyncReport(0, 0, 0, ""), desk.outboxSync().syncOnce());
        assertEquals(1, sandbox.ordersFor(reference).size(), "sent once");
        assertEquals(OutboxEntry.State.DONE, desk.journal().outbox().byKey(held.get(0).idempotencyKey()).orElseThrow().state());
    }

    @Test
    void anAnswerLostAfterTheBackendReadTheRedeemIsRetriedWithTheSameKeyAndMakesOneOrder() throws Exception {
        String reference = sandbox.newWalkIn(3);
        LookupOutcome pass = desk.desk().lookup(WHO, reference, "typed");
        proxy.cutNextAnswers(1, "/octo/redemption/redeem");
        Verdict v = redeem(pass);
        assertEquals(VerdictKind.VALID, v.kind(), v.message());
        assertEquals(1, proxy.cuts());
        List<String> keys = proxy.keysSeen();
        assertEquals(2, keys.size(), "sent, cut, sent again: " + keys);
        assertEquals(keys.get(0), keys.get(1), "the retry carries the same Idempotency-Key");
        assertEquals(1, sandbox.ordersFor(reference).size(), "exactly one usage order");
        assertEquals(v.orderId(), sandbox.ordersFor(reference).get(0).get("orderId").asText());
    }

    @Test
    void answersLostTwiceLeaveTheRedeemQueuedAndTheSyncStillMakesOneOrder() throws Exception {
        String reference = sandbox.newWalkIn(3);
        LookupOutcome pass = desk.desk().lookup(WHO, reference, "typed");
        proxy.cutNextAnswers(2, "/octo/redemption/redeem");
        Verdict v = redeem(pass);
        assertEquals(VerdictKind.QUEUED, v.kind(), v.message());
        assertTrue(v.message().contains("was lost before an answer arrived"), v.message());
        assertEquals(1, sandbox.ordersFor(reference).size(), "the backend acted on the first send");
        assertEquals(new SyncReport(1, 0, 0, ""), desk.outboxSync().syncOnce());
        assertEquals(1, sandbox.ordersFor(reference).size(), "the resend was answered from the first");
        List<String> keys = proxy.keysSeen();
        assertEquals(3, keys.size(), keys.toString());
        assertEquals(1, keys.stream().distinct().count(), "one key for the one staff action: " + keys);
    }

    @Test
    void anAnswerLostAfterTheBackendReadTheCancelIsRetriedWithTheSameKeyAndCancelsOnce() throws Exception {
        String reference = sandbox.newWalkIn(3);
        String orderId = sandbox.redeemElsewhere(reference);
        long revision = sandbox.order(orderId).get("revision").asLong();
        proxy.cutNextAnswers(1, "/cancel");
        Verdict v = desk.desk().cancelUsage(WHO, orderId, CancelReason.DUPLICATE_SCAN, "", "sup-1");
        assertEquals(VerdictKind.VALID, v.kind(), v.message());
        assertEquals(1, proxy.cuts());
        assertEquals(3, sandbox.order(orderId).get("status").asInt());
        assertEquals(revision + 1, sandbox.order(orderId).get("revision").asLong(), "cancelled once");
        List<String> keys = proxy.keysSeen();
        assertEquals(2, keys.size(), keys.toString());
        assertEquals(keys.get(0), keys.get(1));
    }

    @Test
    void aCancelWithAReadOnlyJournalIsRefusedAndNothingIsSent() throws Exception {
        String reference = sandbox.newWalkIn(3);
        String orderId = sandbox.redeemElsewhere(reference);
        Path data = dir.resolve("ro");
        Journal.open(data, dir.resolve("config")).close();
        try (Journal readOnly = Journal.openReadOnly(data, dir.resolve("config"))) {
            ObjectMapper json = desk.gateway().json();
            Backend backend = LoungeDeskBackend.over(desk.gateway());
            SupplierRouter router = new SupplierRouter(backend.redemption(), DemoPasses.DEMO_KEYS);
            OutboxSender sender = new OutboxSender(backend, router, readOnly, null, json);
            CancelUsage cancel = new CancelUsage(backend.orders(), router, null, readOnly, sender, json);
            Verdict v = cancel.cancel(WHO, orderId, CancelReason.DUPLICATE_SCAN, "", "sup-1");
            assertEquals(VerdictKind.ERROR, v.kind());
            assertTrue(v.message().contains("nothing was sent"), v.message());
        }
        assertEquals(2, sandbox.order(orderId).get("status").asInt(), "not cancelled without a record");
    }
}
