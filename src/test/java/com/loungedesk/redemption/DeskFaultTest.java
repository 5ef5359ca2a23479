package com.loungedesk.redemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.Backend;
import com.loungedesk.api.loungedesk.LoungeDeskBackend;
import com.loungedesk.api.SupplierRouter;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.OutboxEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk when the network or the disk fails: queued, never lost, never doubled, never unrecorded. */
class DeskFaultTest {

    private static final DeskContext WHO = new DeskContext("desk-1", "ana", "Ana");
    private static final String BOOKING = """
            {"id":"b1","status":"CONFIRMED","redemptionCode":"C1","redeemable":true,
             "contact":{"fullName":"Ada"},"product":{"internalName":"Lounge"},"unitItems":[{"unitId":"adult"}],
             "pass":{"kind":"EPASS","entitlementsLeft":%d,"guestsAllowed":1},"orderId":%s}""";

    @TempDir
    Path dir;
    private MockWebServer server;
    private HttpGateway gateway;
    private Journal journal;
    private final ObjectMapper json = Json.mapper();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        gateway = new HttpGateway(new ApiConfig(server.url("/").toString(), false, Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(10), 3, Duration.ofSeconds(2)), json);
    }

    @AfterEach
    void stop() throws Exception {
        if (journal != null) {
            journal.close();
        }
        gateway.close();
        server.shutdown();
    }

    private RedemptionDesk desk(Journal j, OutboxSender sender) {
        Backend backend = LoungeDeskBackend.over(gateway);
        SupplierRouter router = new SupplierRouter(backend.redemption(), List.of("k1"));
        return new DefaultRedemptionDesk(backend.redemption(), router, j, sender,
                new CancelUsage(backend.orders(), router, null, j, sender, json), json, false);
    }

    private OutboxSender sender(Journal j) {
        Backend backend = LoungeDeskBackend.over(gateway);
        return new OutboxSender(backend, new SupplierRouter(backend.redemption(), List.of("k1")), j, null, json);
    }

    private static MockResponse ok(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    private LookupOutcome lookedUp(RedemptionDesk desk) {
        server.enqueue(ok("{\"apiKey\":\"k1\"}"));
        server.enqueue(ok("[" + BOOKING.formatted(3, "null") + "]"));
        LookupOutcome found = desk.lookup(WHO, "REF1", "typed");
        assertTrue(found.found(), String.valueOf(found.failure()));
        return found;
    }

    @Test
    void aBackendThatCannotBeReachedQueuesTheRedeemAndTheSyncSendsItOnceWithTheSameKey() throws Exception {
        journal = Journal.open(dir, dir.resolve("config"));
        OutboxSender sender = sender(journal);
        RedemptionDesk desk = desk(journal, sender);
        LookupOutcome found = lookedUp(desk);
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        Verdict queued = desk.redeem(WHO, found, List.of("C1"), 1);
        assertEquals(VerdictKind.QUEUED, queued.kind(), queued.message());
        assertTrue(queued.message().startsWith("Queued: The connection to the backend"), queued.message());
        OutboxEntry kept = journal.outbox().pending().get(0);
        assertEquals(1, kept.attempts());

        server.enqueue(ok(BOOKING.formatted(2, "\"DP7\"")));
        server.enqueue(ok("{\"code\":0,\"message\":\"success\",\"data\":{\"orderId\":\"DP7\",\"category\":1,\"status\":2,"
                + "\"updatedAt\":\"2026-11-23T10:00:00Z\",\"revision\":1}}"));
        SyncReport report = new OutboxSync(journal, sender, Duration.ofMinutes(1)).syncOnce();
        assertEquals(1, report.sent());
        assertEquals("DP7", journal.outbox().byKey(kept.idempotencyKey()).orElseThrow().result());
        server.takeRequest();
        server.takeRequest();
        String key = kept.idempotencyKey();
        for (int i = 0; i < 3; i++) {
            RecordedRequest redeem = server.takeRequest();
            assertEquals("/octo/redemption/redeem", redeem.getPath());
            assertEquals(key, redeem.getHeader("Idempotency-Key"), "every send of the action carries its one key");
        }
        assertTrue(journal.audit().verify().intact());
    }

    @Test
    void aJournalThatCannotBeWrittenRefusesTheLookupAndTheRedeemAndSendsNothing() throws Exception {
        Journal.open(dir, dir.resolve("config")).close();
        LookupOutcome found;
        try (Journal writable = Journal.open(dir, dir.resolve("config"))) {
            found = lookedUp(desk(writable, sender(writable)));
        }
        journal = Journal.openReadOnly(dir, dir.resolve("config"));
        RedemptionDesk desk = desk(journal, sender(journal));
        server.enqueue(ok("{\"apiKey\":\"k1\"}"));
        server.enqueue(ok("[" + BOOKING.formatted(3, "null") + "]"));
        LookupOutcome unrecorded = desk.lookup(WHO, "REF1", "typed");
        assertFalse(unrecorded.found(), "a scan that cannot be journaled is not shown");
        assertEquals(VerdictKind.ERROR, unrecorded.failure().kind());
        assertTrue(unrecorded.failure().message().contains("could not be written to the journal"),
                unrecorded.failure().message());
        int before = server.getRequestCount();
        Verdict v = desk.redeem(WHO, found, List.of("C1"), 0);
        assertEquals(VerdictKind.ERROR, v.kind());
        assertEquals("The local journal cannot be written (it is read-only); nothing was sent, so no redemption goes"
                + " unrecorded.", v.message());
        assertEquals(before, server.getRequestCount());
    }

    @Test
    void aDefiniteRefusalIsRecordedAndNotRetried() throws Exception {
        journal = Journal.open(dir, dir.resolve("config"));
        RedemptionDesk desk = desk(journal, sender(journal));
        LookupOutcome found = lookedUp(desk);
        server.enqueue(ok("{\"error\":\"ALREADY_REDEEMED\",\"errorMessage\":\"Already used at 10:02 at desk-2.\"}")
                .setResponseCode(400));
        Verdict v = desk.redeem(WHO, found, List.of("C1"), 0);
        assertEquals(VerdictKind.ALREADY_USED, v.kind());
        assertEquals("Already used at 10:02 at desk-2.", v.message());
        assertEquals(0, journal.outbox().pendingCount());
        assertEquals(OutboxEntry.State.REFUSED, journal.outbox().all().get(0).state());
    }

    @Test
    void bookingsNotChosenFromTheLookupAndNegativeGuestsAreRefusedBeforeAnythingIsWritten() throws Exception {
        journal = Journal.open(dir, dir.resolve("config"));
        RedemptionDesk desk = desk(journal, sender(journal));
        LookupOutcome found = lookedUp(desk);
        assertEquals("Booking X9 is not part of this pass.", desk.redeem(WHO, found, List.of("X9"), 0).message());
        assertEquals("The number of guests cannot be negative.", desk.redeem(WHO, found, List.of("C1"), -1).message());
        assertEquals("Choose at least one booking to redeem.", desk.redeem(WHO, found, List.of(), 0).message());
        assertEquals(0, journal.outbox().all().size());
    }

    @Test
    void anEntryWhoseKeyIsGoneDoesNotBlockTheOthers() throws Exception {
        journal = Journal.open(dir, dir.resolve("config"));
        journal.outbox().add("REDEEM", "gone-1", json.writeValueAsString(new OutboxPayload("R0", List.of("C0"), 0, null,
                null, "ana", "000000000000")), "desk-1", "ana");
        journal.outbox().add("REDEEM", "ok-2", json.writeValueAsString(new OutboxPayload("R1", List.of("C1"), 0, null,
                null, "ana", SupplierRouter.fingerprint("k1"))), "desk-1", "ana");
        server.enqueue(ok("[" + BOOKING.formatted(2, "\"DP8\"") + "]"));
        server.enqueue(ok("{\"code\":40401,\"message\":\"gone\",\"data\":null}").setResponseCode(404));
        SyncReport r = new OutboxSync(journal, sender(journal), Duration.ofMinutes(1)).syncOnce();
        assertEquals(new SyncReport(1, 0, 1, "The supplier key this action was made with is no longer configured."), r);
        assertEquals("ok-2", server.takeRequest().getHeader("Idempotency-Key"));
    }
}
