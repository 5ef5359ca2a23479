package com.loungedesk.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushes signed the DragonPass v2 way (RS256, {@code iss} dragonpass, {@code kid} in the header, no
 * eventId / jti / bodySha256) against the real receiver over HTTP, with keys from PEM files.
 */
class DragonPassPushTest {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final MediaType JWT = MediaType.get("application/jwt");

    @TempDir
    Path dir;

    private final OkHttpClient http = new OkHttpClient();
    private final List<PushEvent> applied = new CopyOnWriteArrayList<>();
    private TestSigner k1;
    private TestSigner k2;
    private PushLedger ledger;
    private PushReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        k1 = new TestSigner("dp-2026-11");
        k2 = new TestSigner("dp-2026-12");
        ledger = new PushLedger(dir.resolve("push.db"));
        receiver = receiverWith(List.of(k1, k2), applied::add);
    }

    @AfterEach
    void stop() throws Exception {
        receiver.close();
        ledger.close();
    }

    private PushReceiver receiverWith(List<TestSigner> keys, Consumer<PushEvent> apply) throws Exception {
        List<PushKeys.KeyFile> files = new ArrayList<>();
        for (TestSigner k : keys) {
            files.add(new PushKeys.KeyFile(null, k.writePem(dir)));
        }
        return new PushReceiver(new PushVerifier(PushKeys.fromPemFiles(files)), ledger, apply, Clock.systemUTC())
                .start("127.0.0.1", 0);
    }

    /** A walk-in event exactly as DragonPass v2 sends it: no eventId. */
    static String walkin(String orderId, int status, String date) {
        return "{\"eventType\":\"walkin.redemption\",\"orderId\":\"" + orderId + "\",\"programId\":\"1888000000000001\","
                + "\"dpId\":\"8888000066668888\",\"module\":1,\"status\":" + status + ",\"orderCreatedDate\":\"" + date
                + "\",\"usageDate\":\"2026-11-23T10:00:00+00:00\",\"orderCancelledDate\":"
                + (status == 3 ? "\"2026-11-23T11:05:00+00:00\"" : "null") + ",\"transportHubId\":\"A10045\","
                + "\"transportHubName\":\"Gatwick Airport\",\"resourceId\":\"N00129\",\"resourceName\":"
                + "\"No1 Lounge Gatwick North\",\"passengers\":{\"cardholder\":1,\"guests\":1}}";
    }

    static String walkin(String orderId, int status) {
        return walkin(orderId, status, "2026-11-23T10:00:00+00:00");
    }

    private int asBody(String token) throws IOException {
        return send(new Request.Builder().post(RequestBody.create(token, JWT)));
    }

    private int asHeader(String token, String body) throws IOException {
        return send(new Request.Builder().header("Authorization", "Bearer " + token).post(RequestBody.create(body, JSON)));
    }

    private int send(Request.Builder rb) throws IOException {
        try (Response r = http.newCall(rb.url("http://127.0.0.1:" + receiver.port() + PushReceiver.PATH).build())
                .execute()) {
            if (r.code() == 200) {
                assertEquals("{\"status\":\"success\"}", r.body().string());
            }
            return r.code();
        }
    }

    @Test
    void theTokenAsTheBodyIsVerifiedAndItsEventApplied() throws Exception {
        assertEquals(200, asBody(k1.dragonpass(walkin("DP1", 2))));
        assertEquals(1, applied.size());
        assertEquals("DP1", applied.get(0).orderId());
        assertEquals(null, applied.get(0).eventId());
        assertEquals(1, applied.get(0).guests());
    }

    @Test
    void theTokenInTheHeaderWithTheSameEventAsBodyIsApplied() throws Exception {
        String event = walkin("DP2", 2);
        assertEquals(200, asHeader(k2.dragonpass(event), event));
        assertEquals(200, asHeader(k1.dragonpass(walkin("DP3", 2)), ""), "a header token carrying the event, no body");
        assertEquals(List.of("DP2", "DP3"), applied.stream().map(PushEvent::orderId).toList());
    }

    @Test
    void aHeaderTokenThatSignsNeitherTheBodyNorAnEventIsRefused() throws Exception {
        ObjectNode bare = TestSigner.JSON.createObjectNode().put("iss", "dragonpass")
                .put("iat", Instant.now().getEpochSecond()).put("exp", Instant.now().plusSeconds(300).getEpochSecond());
        assertEquals(401, asHeader(k1.sign(bare, k1.key.getKeyID()), walkin("DP4", 2)));
        assertEquals(401, asHeader(k1.dragonpass(walkin("DP4", 2)), walkin("DP4", 3)), "body differs from the signed event");
        assertTrue(applied.isEmpty());
        assertEquals(0, ledger.eventCount());
    }

    @Test
    void twoKeysUsedAtRandomDuringTheOverlapAreBothAcceptedThenTheRetiredOneIsRefused() throws Exception {
        Random random = new Random(7);
        int[] used = new int[2];
        for (int i = 0; i < 20; i++) {
            int pick = random.nextInt(2);
            used[pick]++;
            String token = (pick == 0 ? k1 : k2).dragonpass(walkin("DPR" + i, 2));
            assertEquals(200, i % 2 == 0 ? asBody(token) : asHeader(token, ""), "push " + i);
        }
        assertTrue(used[0] > 0 && used[1] > 0, "both keys were used");
        assertEquals(20, applied.size());

        receiver.close();
        Files.delete(dir.resolve(k1.key.getKeyID() + ".pem"));
        receiver = receiverWith(List.of(k2), applied::add);
        assertEquals(401, asBody(k1.dragonpass(walkin("DPR-old", 2))), "signed with the retired key");
        assertEquals(200, asBody(k2.dragonpass(walkin("DPR-new", 2))));
        assertEquals(21, applied.size());
    }

    @Test
    void tamperedExpiredWrongIssuerAndOverLongTokensAreRefused() throws Exception {
        String event = walkin("DP5", 2);
        String good = k1.dragonpass(event);
        String[] parts = good.split("\\.");
        String otherPayload = k1.dragonpass(walkin("DP5", 3)).split("\\.")[1];
        assertEquals(401, asBody(parts[0] + "." + otherPayload + "." + parts[2]), "payload swapped");
        char last = parts[2].charAt(10);
        assertEquals(401, asBody(parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(11)), "signature changed");
        assertEquals(401, asBody(new TestSigner("dp-2026-11").dragonpass(event)), "a forger's key under a known kid");
        assertEquals(401, asBody(k1.dragonpass(event, "someone-else", Instant.now(), Duration.ofMinutes(5))));
        assertEquals(401, asBody(k1.dragonpass(event, "DragonPass", Instant.now(), Duration.ofMinutes(5))));
        assertEquals(401, asBody(k1.dragonpass(event, "dragonpass", Instant.now().minusSeconds(600),
                Duration.ofMinutes(5))), "expired 5 minutes ago");
        assertEquals(401, asBody(k1.dragonpass(event, "dragonpass", Instant.now(), Duration.ofDays(365))),
                "valid for a year");
        assertEquals(401, asBody(k1.dragonpass(event, "dragonpass", Instant.now(), Duration.ofMinutes(11))),
                "11 minutes: over the 10-minute cap");
        assertEquals(401, asBody(k1.dragonpass(event, "dragonpass", Instant.now(), null)), "no exp");
        assertEquals(401, asBody(k1.dragonpass(event, "dragonpass", null, null)), "neither exp nor iat");
        assertEquals(401, asBody(k1.dragonpass(event, "dragonpass", Instant.now().plusSeconds(600),
                Duration.ofMinutes(5))), "issued 10 minutes in the future");
        ObjectNode noIat = (ObjectNode) TestSigner.JSON.readTree(event);
        noIat.put("iss", "dragonpass").put("exp", Instant.now().plusSeconds(1800).getEpochSecond());
        assertEquals(401, asBody(k1.sign(noIat, k1.key.getKeyID())), "no iat, exp 30 minutes ahead");
        assertTrue(applied.isEmpty());

        assertEquals(200, asBody(k1.dragonpass(event, "dragonpass", Instant.now().minusSeconds(30),
                Duration.ofMinutes(10))), "10 minutes is allowed");
        noIat.put("exp", Instant.now().plusSeconds(300).getEpochSecond());
        assertEquals(200, asBody(k1.sign(noIat, k1.key.getKeyID())), "no iat, exp 5 minutes ahead: allowed");
        assertEquals(1, applied.size(), "the second is the same order news again");
    }

    @Test
    void algNoneHs256WithThePublicKeyAsSecretAndAnUnknownKidAreRefused() throws Exception {
        String event = walkin("DP6", 2);
        ObjectNode claims = (ObjectNode) TestSigner.JSON.readTree(event);
        claims.put("iss", "dragonpass").put("iat", Instant.now().getEpochSecond())
                .put("exp", Instant.now().plusSeconds(300).getEpochSecond());
        JWTClaimsSet set = JWTClaimsSet.parse(claims.toString());

        String none = new PlainJWT(set).serialize();
        JWSObject hs = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(k1.key.getKeyID()).build(),
                new Payload(claims.toString()));
        hs.sign(new MACSigner(k1.key.toRSAPublicKey().getEncoded()));
        String hsWithPublicKey = hs.serialize();
        String unknownKid = k1.sign(claims, "dp-2027-01");
        String noKid = k1.sign(claims, null);

        for (String attack : List.of(none, hsWithPublicKey, unknownKid, noKid)) {
            assertEquals(401, asBody(attack), attack);
            assertEquals(401, asHeader(attack, event), attack);
        }
        assertTrue(applied.isEmpty());
        assertEquals(0, ledger.eventCount());
        assertEquals(200, asBody(k1.sign(claims, k1.key.getKeyID())), "the same claims properly signed pass");
    }

    @Test
    void duplicatesWithoutAnEventIdAreRecognisedByOrderStatusAndDate() throws Exception {
        assertEquals(200, asBody(k1.dragonpass(walkin("DP7", 2))));
        assertEquals(200, asBody(k2.dragonpass(walkin("DP7", 2))), "the same news resent under the other key");
        assertEquals(200, asHeader(k1.dragonpass(walkin("DP7", 2)), walkin("DP7", 2)), "and in the header");
        assertEquals(1, applied.size());
        assertEquals(200, asBody(k1.dragonpass(walkin("DP7", 3))), "a cancellation is other news");
        assertEquals(200, asBody(k1.dragonpass(walkin("DP7", 3))));
        assertEquals(200, asBody(k1.dragonpass(walkin("DP8", 2, "2026-11-23T10:00:00+00:00"))));
        assertEquals(200, asBody(k1.dragonpass(walkin("DP8", 2, "2026-11-24T09:00:00+00:00"))), "another date");
        assertEquals(List.of("DP7:2", "DP7:3", "DP8:2", "DP8:2"),
                applied.stream().map(e -> e.orderId() + ":" + e.status()).toList());
        assertEquals(4, ledger.eventCount());
    }

    @Test
    void duplicatesWithAnEventIdAreRecognisedByIt() throws Exception {
        String a = walkin("DP9", 2).replace("{\"eventType\"", "{\"eventId\":\"evt-1\",\"eventType\"");
        String b = walkin("DP9", 2).replace("{\"eventType\"", "{\"eventId\":\"evt-2\",\"eventType\"");
        assertEquals(200, asBody(k1.dragonpass(a)));
        assertEquals(200, asBody(k2.dragonpass(a)));
        assertEquals(200, asBody(k1.dragonpass(b)), "a new event id is a new event, even with the same order news");
        assertEquals(List.of("evt-1", "evt-2"), applied.stream().map(PushEvent::eventId).toList());
    }

    @Test
    void anEventWhoseApplyingFailsIsNotAcknowledgedAndTheRetryAppliesIt() throws Exception {
        receiver.close();
        AtomicInteger calls = new AtomicInteger();
        receiver = receiverWith(List.of(k1, k2), e -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the tracker failed once");
            }
            applied.add(e);
        });
        String event = walkin("DP10", 2);
        assertEquals(503, asBody(k1.dragonpass(event)), "not applied: not acknowledged");
        assertEquals(0, ledger.eventCount(), "and not recorded as seen");
        assertEquals(200, asBody(k1.dragonpass(event)), "the provider's retry");
        assertEquals(1, applied.size(), "applied on the retry");
        assertEquals(200, asBody(k1.dragonpass(event)));
        assertEquals(1, applied.size(), "then a duplicate");
        assertEquals(3, calls.get() + 1);
    }

    @Test
    void aFailedApplyWithTheSandboxStyleTokenIsRetriedUnderAFreshJti() throws Exception {
        receiver.close();
        AtomicInteger calls = new AtomicInteger();
        receiver = receiverWith(List.of(k1), e -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the tracker failed once");
            }
            applied.add(e);
        });
        String body = PushReceiverTest.walkin("evt_11", "DP11", 2);
        assertEquals(503, asHeader(k1.token(body, "evt_11"), body));
        assertEquals(200, asHeader(k1.token(body, "evt_11"), body));
        assertEquals(1, applied.size());
    }
}
