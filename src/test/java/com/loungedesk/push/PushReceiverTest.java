package com.loungedesk.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushReceiverTest {

    private static final MediaType JSON = MediaType.get("application/json");

    @TempDir
    Path dir;

    private final OkHttpClient http = new OkHttpClient();
    private final List<PushEvent> delivered = new CopyOnWriteArrayList<>();
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private TestSigner current;
    private PushLedger ledger;
    private PushReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        current = new TestSigner("k1");
        published.set(new JWKSet(current.key.toPublicJWK()));
        JWKSource<SecurityContext> keys = (selector, ctx) -> selector.select(published.get());
        ledger = new PushLedger(dir.resolve("push.db"));
        receiver = new PushReceiver(new PushVerifier(keys), ledger, delivered::add, Clock.systemUTC())
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        receiver.close();
        ledger.close();
    }

    static String walkin(String eventId, String orderId, int status) {
        return "{\"eventType\":\"walkin.redemption\",\"eventId\":\"" + eventId + "\",\"orderId\":\"" + orderId
                + "\",\"programId\":\"1888000000000001\",\"dpId\":\"8888000066668888\",\"module\":1,\"category\":1,"
                + "\"status\":" + status + ",\"orderCreatedDate\":\"2026-11-23T10:00:00+00:00\","
                + "\"usageDate\":\"2026-11-23T10:00:00\",\"orderCancelledDate\":"
                + (status == 3 ? "\"2026-11-23T10:05:00+00:00\"" : "null")
                + ",\"transportHubId\":\"A10045\",\"transportHubName\":\"Gatwick Airport\",\"resourceId\":\"N00129\","
                + "\"resourceName\":\"No1 Lounge Gatwick North\",\"passengers\":{\"cardholder\":1,\"guests\":1}}";
    }

    private Response post(String body, String authorization) throws IOException {
        Request.Builder rb = new Request.Builder().url("http://127.0.0.1:" + receiver.port() + PushReceiver.PATH)
                .post(RequestBody.create(body, JSON));
        if (authorization != null) {
            rb.header("Authorization", authorization);
        }
        return http.newCall(rb.build()).execute();
    }

    private int status(String body, String authorization) throws IOException {
        try (Response r = post(body, authorization)) {
            return r.code();
        }
    }

    @Test
    void signedPushIsRecordedThenAcknowledgedWithSuccess() throws Exception {
        String body = walkin("evt_1", "DP1", 2);
        try (Response r = post(body, "Bearer " + current.token(body, "evt_1"))) {
            assertEquals(200, r.code());
            assertEquals("{\"status\":\"success\"}", r.body().string());
        }
        assertEquals(1, delivered.size());
        assertEquals("DP1", delivered.get(0).orderId());
        assertEquals(1, ledger.eventCount());
    }

    @Test
    void unsignedForgedWrongIssuerExpiredAndTamperedPushesAreRefused() throws Exception {
        String body = walkin("evt_2", "DP2", 2);
        TestSigner forger = new TestSigner("k1");
        assertEquals(401, status(body, null));
        assertEquals(401, status(body, "Bearer not-a-jwt"));
        assertEquals(401, status(body, "Bearer " + forger.token(body, "evt_2")));
        assertEquals(401, status(body, "Bearer " + current.token(body, "evt_2", "someone-else", Instant.now(), "j1")));
        assertEquals(401, status(body, "Bearer " + current.token(body, "evt_2", "dragonpass",
                Instant.now().minusSeconds(3600), "j2")));
        String tampered = walkin("evt_2", "DP2", 3);
        assertEquals(401, status(tampered, "Bearer " + current.token(body, "evt_2")));
        assertEquals(400, status(body, "Bearer " + current.token(body, "evt_other")));
        assertTrue(delivered.isEmpty());
        assertEquals(0, ledger.eventCount());
    }

    @Test
    void replayedTokenIsRefusedEvenAfterARestart() throws Exception {
        String body = walkin("evt_3", "DP3", 2);
        String token = "Bearer " + current.token(body, "evt_3");
        assertEquals(200, status(body, token));
        assertEquals(401, status(body, token));
        receiver.close();
        ledger.close();
        ledger = new PushLedger(dir.resolve("push.db"));
        JWKSource<SecurityContext> keys = (selector, ctx) -> selector.select(published.get());
        receiver = new PushReceiver(new PushVerifier(keys), ledger, delivered::add, Clock.systemUTC())
                .start("127.0.0.1", 0);
        assertEquals(401, status(body, token));
        assertEquals(1, delivered.size());
    }

    @Test
    void redeliveredEventWithAFreshTokenIsAcknowledgedButAppliedOnce() throws Exception {
        String body = walkin("evt_4", "DP4", 3);
        assertEquals(200, status(body, "Bearer " + current.token(body, "evt_4")));
        assertEquals(200, status(body, "Bearer " + current.token(body, "evt_4")));
        assertEquals(1, delivered.size());
        assertEquals(3, delivered.get(0).status());
    }

    @Test
    void malformedAndOversizeBodiesGet4xxAndTheReceiverKeepsAnswering() throws Exception {
        for (String bad : List.of("{not json", "[]", "{\"eventType\":\"walkin.redemption\"}",
                "{\"eventType\":\"other\",\"eventId\":\"e\",\"orderId\":\"o\"}",
                walkin("evt_5", "DP5", 7), walkin("evt_5", "DP5", 2).replace("\"module\":1", "\"module\":\"x\""))) {
            assertEquals(400, status(bad, "Bearer " + current.token(bad, "evt_5")), bad);
        }
        String huge = "{\"eventType\":\"walkin.redemption\",\"pad\":\"" + "x".repeat(200_000) + "\"}";
        assertEquals(413, status(huge, "Bearer " + current.token(huge, "evt_6")));
        String body = walkin("evt_7", "DP7", 2);
        assertEquals(200, status(body, "Bearer " + current.token(body, "evt_7")));
    }

    @Test
    void keyRotationAcceptsBothKeysDuringOverlapAndRefusesTheRetiredOne() throws Exception {
        TestSigner next = new TestSigner("k2");
        published.set(new JWKSet(List.of(current.key.toPublicJWK(), next.key.toPublicJWK())));
        String a = walkin("evt_8", "DP8", 2);
        String b = walkin("evt_9", "DP9", 2);
        assertEquals(200, status(a, "Bearer " + current.token(a, "evt_8")));
        assertEquals(200, status(b, "Bearer " + next.token(b, "evt_9")));
        published.set(new JWKSet(next.key.toPublicJWK()));
        String c = walkin("evt_10", "DP10", 2);
        assertEquals(401, status(c, "Bearer " + current.token(c, "evt_10")));
        assertEquals(200, status(c, "Bearer " + next.token(c, "evt_10")));
    }
}
