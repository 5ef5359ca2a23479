package com.loungedesk.redemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.Backend;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.SupplierRouter;
import com.loungedesk.api.octo.OctoBackend;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.OutboxEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk on a plain OCTO supplier (no server idempotency) whose redeem answer is lost after the
 * supplier applied it: queued, then on the next sync confirmed by lookup — one redemption, VALID in the
 * journal, never shown or recorded as a refusal.
 */
class OctoDeskRetryTest {

    private static final DeskContext WHO = new DeskContext("desk-1", "ana", "Ana");
    @TempDir
    Path dir;
    private MockWebServer server;
    private HttpGateway gateway;
    private final ObjectMapper json = Json.mapper();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        gateway = new HttpGateway(new ApiConfig(server.url("/octo/v1").toString(), false, Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(10), 3, Duration.ofSeconds(2)), json);
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
        server.shutdown();
    }

    private static String booking(String status, String redeemedAt) {
        return """
                {"id":"b1","uuid":"b1","status":"%s","utcRedeemedAt":%s,"redemptionCode":"FAM-1","redeemable":%s,
                 "contact":{"fullName":"Grace"},"unitItems":[{"uuid":"u1","unitId":"ADULT","status":"%1$s",
                 "utcRedeemedAt":%2$s}]}""".formatted(status, redeemedAt == null ? "null" : "\"" + redeemedAt + "\"",
                "CONFIRMED".equals(status));
    }

    private static MockResponse ok(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    @Test
    void aLostAnswerIsConfirmedByLookupOnTheNextSyncAndRedeemedOnce() throws Exception {
        try (Journal journal = Journal.open(dir, dir.resolve("config"))) {
            Backend octo = OctoBackend.over(gateway, Clock.systemUTC(), ZoneOffset.UTC, Duration.ofMinutes(30), false);
            SupplierRouter router = new SupplierRouter(octo.redemption(), List.of("k1"));
            OutboxSender sender = new OutboxSender(octo, router, journal, null, json);
            RedemptionDesk desk = new DefaultRedemptionDesk(octo.redemption(), router, journal, sender,
                    new CancelUsage(octo.orders(), router, null, journal, sender, json), json, false);
            server.enqueue(ok("{\"apiKey\":\"k1\"}"));
            server.enqueue(ok("[" + booking("CONFIRMED", null) + "]"));
            LookupOutcome found = desk.lookup(WHO, "FAM-1", "typed");
            assertTrue(found.found(), String.valueOf(found.failure()));
            assertEquals(0, found.bookings().get(0).guestsAllowed(), "no guests: OCTO has no guest stepper");

            server.enqueue(ok("{}").setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            Verdict first = desk.redeem(WHO, found, List.of("FAM-1"), 0);
            assertEquals(VerdictKind.QUEUED, first.kind(), first.message());

            String redeemedAt = java.time.Instant.now().toString(); // the supplier applied it just now
            server.enqueue(ok("[" + booking("REDEEMED", redeemedAt) + "]"));
            SyncReport sync = new OutboxSync(journal, sender, Duration.ofHours(1)).syncOnce();
            assertEquals(1, sync.sent(), String.valueOf(sync));
            OutboxEntry entry = journal.outbox().all().get(0);
            assertEquals(OutboxEntry.State.DONE, entry.state());

            int redeems = 0;
            for (int i = 0; i < server.getRequestCount(); i++) {
                RecordedRequest r = server.takeRequest();
                if ("POST".equals(r.getMethod()) && r.getPath().endsWith("/redemption/redeem")) {
                    redeems++;
                }
                assertTrue(r.getPath().startsWith("/octo/v1/"), "no request leaves the prefix: " + r.getPath());
            }
            assertEquals(1, redeems, "the redeem was sent once");
            java.io.StringWriter csv = new java.io.StringWriter();
            journal.audit().exportCsv(csv, java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(60));
            List<String> done = csv.toString().lines().filter(l -> l.contains(",DONE,")).toList();
            assertEquals(1, done.size(), csv.toString());
            assertTrue(done.get(0).contains("confirmed by lookup"), done.get(0));
            assertTrue(csv.toString().lines().noneMatch(l -> l.contains(",REFUSED,")), csv.toString());
        }
    }
}
