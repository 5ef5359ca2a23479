package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

class PushDeliveryTest extends SandboxTestBase {

    @Override
    SandboxConfig config(Path db) {
        return SandboxConfig.of(db).withPush(PushSettings.DEFAULT.withFirstRetryDelay(Duration.ofMillis(200)));
    }

    private void subscribe(PushReceiver receiver, String... events) {
        String list = List.of(events).stream().map(e -> "\"" + e + "\"").collect(Collectors.joining(","));
        assertEquals(200, client.post("/sandbox/subscribers", "{\"url\":\"" + receiver.url() + "\",\"events\":[" + list
                + "]}", KEY, null).status());
    }

    private String jwks() {
        return client.get(PushRoutes.JWKS_PATH, null).body();
    }

    private JsonNode deliveries(String status) {
        return client.get("/sandbox/deliveries" + (status == null ? "" : "?status=" + status), KEY).data().get("deliveries");
    }

    @Test
    void aRedeemIsPushedSignedWithTheSeedPayload() throws Exception {
        try (PushReceiver receiver = new PushReceiver(n -> PushReceiver.SUCCESS).start(0)) {
            subscribe(receiver, "walkin.redemption");
            String orderId = redeemOnce(DemoPasses.WALKIN_EPASS, 1).json().get("orderId").asText();
            receiver.awaitPushes(1);
            PushReceiver.Push push = receiver.pushes.get(0);
            JsonNode body = push.json();
            assertEquals("walkin.redemption", body.get("eventType").asText());
            assertEquals(orderId, body.get("orderId").asText());
            assertEquals(2, body.get("status").asInt());
            assertEquals(1, body.get("category").asInt());
            assertEquals(1, body.get("passengers").get("guests").asInt());
            assertFalse(body.has("orderCancelledDate"));
            SignedJWT jwt = PushReceiver.verify(push.token(), jwks());
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
            assertEquals("dragonpass", claims.getIssuer());
            assertTrue(claims.getExpirationTime().after(new Date()));
            assertTrue(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime() <= 300_000);
            assertFalse(claims.getJWTID().isBlank());
            assertEquals(push.eventId(), claims.getStringClaim("eventId"));
            assertEquals(PushSigner.sha256(push.body().getBytes(StandardCharsets.UTF_8)), claims.getStringClaim("bodySha256"));
            awaitDeliveries("DELIVERED", 1);
            assertEquals(1, deliveries("DELIVERED").get(0).get("attempts").asInt());
        }
    }

    @Test
    void aFailedFirstAnswerIsRetriedAndDeliveredOnce() throws Exception {
        try (PushReceiver receiver = new PushReceiver(n -> n == 1 ? new MockResponse().setResponseCode(503)
                : PushReceiver.SUCCESS).start(0)) {
            subscribe(receiver, "walkin.redemption");
            redeemOnce(DemoPasses.WALKIN_EPASS, 0);
            receiver.awaitPushes(2);
            awaitDeliveries("DELIVERED", 1);
            Thread.sleep(1000);
            assertEquals(2, receiver.pushes.size(), "delivered once: no push after the success");
            PushReceiver.Push first = receiver.pushes.get(0);
            PushReceiver.Push second = receiver.pushes.get(1);
            assertEquals(first.eventId(), second.eventId(), "a retry carries the same event id");
            assertNotEquals(SignedJWT.parse(first.token()).getJWTClaimsSet().getJWTID(),
                    SignedJWT.parse(second.token()).getJWTClaimsSet().getJWTID(), "each attempt has its own jti");
            System.out.println("[figures] retry after a 503: gap " + (second.atNanos() - first.atNanos()) / 1_000_000 + " ms");
            assertEquals(2, deliveries("DELIVERED").get(0).get("attempts").asInt());
        }
    }

    @Test
    void aReceiverThatNeverSucceedsGetsFourAttemptsThenTheDeliveryIsParked() throws Exception {
        try (PushReceiver receiver = new PushReceiver(n -> new MockResponse().setResponseCode(200)
                .setBody("{\"status\":\"maybe\"}")).start(0)) {
            subscribe(receiver, "walkin.redemption");
            redeemOnce(DemoPasses.WALKIN_EPASS, 0);
            awaitDeliveries("FAILED", 1);
            JsonNode parked = deliveries("FAILED").get(0);
            assertEquals(4, parked.get("attempts").asInt());
            assertTrue(parked.get("lastError").asText().contains("success"));
            Thread.sleep(1000);
            assertEquals(4, receiver.pushes.size());
            StringBuilder gaps = new StringBuilder();
            for (int i = 1; i < 4; i++) {
                long gap = (receiver.pushes.get(i).atNanos() - receiver.pushes.get(i - 1).atNanos()) / 1_000_000;
                gaps.append(i == 1 ? "" : ", ").append(gap).append(" ms");
                long planned = 200L << (i - 1);
                assertTrue(gap >= planned - 20, "gap " + i + " is at least the planned " + planned + " ms: " + gap);
            }
            System.out.println("[figures] 4 attempts to a failing receiver, gaps: " + gaps);
        }
    }

    @Test
    void oneOrdersEventsGoOutInOrderEvenWhenTheFirstNeedsARetry() throws Exception {
        try (PushReceiver receiver = new PushReceiver(n -> n == 1 ? new MockResponse().setResponseCode(500)
                : PushReceiver.SUCCESS).start(0)) {
            subscribe(receiver, "walkin.redemption");
            String orderId = redeemOnce(DemoPasses.WALKIN_EPASS, 0).json().get("orderId").asText();
            assertEquals(200, client.post("/orders/" + orderId + "/cancel", "{\"reason\":\"left\"}", KEY, null).status());
            receiver.awaitPushes(3);
            awaitDeliveries("DELIVERED", 2);
            List<Integer> statuses = receiver.pushes.stream().map(p -> p.json().get("status").asInt())
                    .collect(Collectors.toList());
            assertEquals(List.of(2, 2, 3), statuses, "created (failed), created (retried), then cancelled");
            assertTrue(receiver.pushes.get(2).json().get("orderCancelledDate").asText().endsWith("+00:00"));
        }
    }

    @Test
    void rotationPublishesBothKeysAndSignsWithTheNewOneUntilTheOldIsRetired() throws Exception {
        try (PushReceiver receiver = new PushReceiver(n -> PushReceiver.SUCCESS).start(0)) {
            subscribe(receiver, "walkin.redemption", "prebooking.statusChanged");
            String before = jwks();
            assertEquals(1, com.nimbusds.jose.jwk.JWKSet.parse(before).getKeys().size());
            assertFalse(before.contains("\"d\""), "the JWKS holds public keys only");
            client.post("/sandbox/keys/rotate", "", KEY, null);
            String during = jwks();
            assertEquals(2, com.nimbusds.jose.jwk.JWKSet.parse(during).getKeys().size());
            client.post("/sandbox/simulate/prebooking/" + DemoPasses.PREBOOKING_PENDING_ORDER, "{\"status\":1}", KEY, null);
            receiver.awaitPushes(1);
            SignedJWT jwt = PushReceiver.verify(receiver.pushes.get(0).token(), during);
            String oldKid = com.nimbusds.jose.jwk.JWKSet.parse(before).getKeys().get(0).getKeyID();
            assertNotEquals(oldKid, jwt.getHeader().getKeyID(), "signed with the new key");
            assertEquals("prebooking.statusChanged", receiver.pushes.get(0).json().get("eventType").asText());
            assertEquals(5, receiver.pushes.get(0).json().get("previousStatus").asInt());
            client.post("/sandbox/keys/retire", "", KEY, null);
            com.nimbusds.jose.jwk.JWKSet after = com.nimbusds.jose.jwk.JWKSet.parse(jwks());
            assertEquals(1, after.getKeys().size());
            assertNull(after.getKeyByKeyId(oldKid), "the retired key is gone");
        }
    }

    @Test
    void aResetKeepsSubscribersSoPushesContinue() throws Exception {
        try (PushReceiver receiver = new PushReceiver(n -> PushReceiver.SUCCESS).start(0)) {
            subscribe(receiver, "walkin.redemption");
            assertEquals(200, client.post("/sandbox/reset", "", KEY, null).status());
            redeemOnce(DemoPasses.WALKIN_EPASS, 0);
            receiver.awaitPushes(1);
            assertEquals("walkin.redemption", receiver.pushes.get(0).json().get("eventType").asText());
        }
    }

    @Test
    void recoveryListsEveryEventAfterAMomentOldestFirstPaged() {
        String since = client.get("/orders", KEY).data().get("serverTime").asText();
        for (int i = 0; i < 3; i++) {
            redeemOnce(DemoPasses.WALKIN_EPASS, 0);
        }
        client.redeem(PARTNER, "{\"redemptionCode\":\"" + DemoPasses.PARTNER_EPASS + "\"}");
        JsonNode page1 = client.get("/push/events?since=" + since + "&limit=2", KEY).data();
        assertEquals(2, page1.get("events").size());
        JsonNode page2 = client.get("/push/events?cursor=" + page1.get("nextCursor").asText() + "&limit=2", KEY).data();
        assertEquals(1, page2.get("events").size());
        assertTrue(page2.get("nextCursor").isNull());
        String first = page1.get("events").get(0).get("createdAt").asText();
        String second = page1.get("events").get(1).get("createdAt").asText();
        assertTrue(first.compareTo(second) < 0);
        assertEquals("walkin.redemption", page2.get("events").get(0).get("payload").get("eventType").asText());
        assertEquals(1, client.get("/push/events?since=" + since, PARTNER).data().get("events").size());
        assertEquals(400, client.get("/push/events?since=garbage", KEY).status());
        assertEquals(401, client.get("/push/events", null).status());
    }

    private void awaitDeliveries(String status, int n) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (deliveries(status).size() < n && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(n, deliveries(status).size(), status + " deliveries");
    }
}
