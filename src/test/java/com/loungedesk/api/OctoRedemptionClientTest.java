package com.loungedesk.api;

import com.loungedesk.api.loungedesk.LoungeDeskRedemption;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OctoRedemptionClientTest {

    private MockWebServer server;
    private HttpGateway gateway;
    private OctoRedemptionClient octo;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        gateway = Fixtures.gateway(server);
        octo = new OctoRedemptionClient(gateway);
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
        server.shutdown();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Test
    void lookupSendsBearerAndCapabilityAndIgnoresUnknownFields() throws Exception {
        server.enqueue(json(200, "[" + Fixtures.booking("C1", "CONFIRMED", true, null) + "]"));
        List<LookupItem> items = octo.lookup("k1", "REF 1");
        assertEquals(1, items.size());
        assertTrue(items.get(0).canRedeem());
        assertEquals(4, items.get(0).pass().entitlementsLeft());
        RecordedRequest r = server.takeRequest();
        assertEquals("Bearer k1", r.getHeader("Authorization"));
        assertEquals("octo/redemption", r.getHeader("Octo-Capabilities"));
        assertEquals("REF 1", r.getRequestUrl().queryParameter("reference"));
    }

    @Test
    void anUnknownStatusIsNeverRedeemable() throws Exception {
        server.enqueue(json(200, "[" + Fixtures.booking("C1", "NOSHOW", true, null) + "]"));
        LookupItem item = octo.lookup("k1", "R").get(0);
        assertEquals(OctoStatus.UNKNOWN, item.octoStatus());
        assertFalse(item.canRedeem());
    }

    @Test
    void credentialsCarryNoKeyHeaderAndNullMeansNoSupplier() throws Exception {
        server.enqueue(json(200, "{\"apiKey\":null}"));
        assertNull(octo.credentials("R", List.of("k1", "k2")));
        RecordedRequest r = server.takeRequest();
        assertNull(r.getHeader("Authorization"));
        assertTrue(r.getBody().readUtf8().contains("\"apiKeys\":[\"k1\",\"k2\"]"));
    }

    @Test
    void theRouterAsksOnceAndRemembersTheAnswer() throws Exception {
        server.enqueue(json(200, "{\"apiKey\":\"k2\"}"));
        SupplierRouter router = new SupplierRouter(new LoungeDeskRedemption(octo), List.of("k1", "k2"));
        assertEquals("k2", router.keyFor("R").orElseThrow());
        assertEquals("k2", router.keyFor("R").orElseThrow());
        assertEquals(1, server.getRequestCount());
        assertEquals("k2", router.keyById(SupplierRouter.fingerprint("k2")).orElseThrow());
    }

    @Test
    void aKeyTheDeskDoesNotHoldIsABadAnswer() {
        server.enqueue(json(200, "{\"apiKey\":\"stranger\"}"));
        ApiException e = assertThrows(ApiException.class, () -> octo.credentials("R", List.of("k1")));
        assertEquals(ApiException.Kind.BAD_RESPONSE, e.kind());
    }

    @Test
    void redeemOfOneCodeSendsAStringAndSeveralAnArray() throws Exception {
        server.enqueue(json(200, Fixtures.booking("C1", "REDEEMED", false, "DP1")));
        server.enqueue(json(200, "[" + Fixtures.booking("C1", "REDEEMED", false, "DP2") + ","
                + Fixtures.booking("C2", "REDEEMED", false, "DP2") + "]"));
        assertEquals("DP1", octo.redeem("k", List.of("C1"), 1, null, "key-1").get(0).orderId());
        assertEquals(2, octo.redeem("k", List.of("C1", "C2"), 0, null, "key-2").size());
        RecordedRequest one = server.takeRequest();
        assertTrue(one.getBody().readUtf8().contains("\"redemptionCode\":\"C1\""));
        assertEquals("key-1", one.getHeader("Idempotency-Key"));
        assertTrue(server.takeRequest().getBody().readUtf8().contains("[\"C1\",\"C2\"]"));
    }

    @Test
    void aConnectionCutAfterTheRequestWasReadIsRetriedWithTheSameKey() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(json(200, Fixtures.booking("C1", "REDEEMED", false, "DP9")));
        assertEquals("DP9", octo.redeem("k", List.of("C1"), 0, null, "same-key").get(0).orderId());
        assertEquals("same-key", server.takeRequest().getHeader("Idempotency-Key"));
        assertEquals("same-key", server.takeRequest().getHeader("Idempotency-Key"));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aConnectionCutTwiceLeavesTheOutcomeUnknown() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        ApiException e = assertThrows(ApiException.class, () -> octo.redeem("k", List.of("C1"), 0, null, "k2"));
        assertEquals(ApiException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.mayRetry());
        assertTrue(e.getMessage().contains("lost"), e.getMessage());
    }

    @Test
    void aSlowBodyTimesOutWithASentence() {
        server.enqueue(json(200, "[" + Fixtures.booking("C1", "CONFIRMED", true, null) + "]")
                .throttleBody(16, 1, TimeUnit.SECONDS));
        ApiException e = assertThrows(ApiException.class, () -> octo.lookup("k", "R"));
        assertEquals(ApiException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
    }

    @Test
    void a500IsAServerFailureAndIsNotRetried() {
        server.enqueue(json(500, "{\"error\":\"INTERNAL_SERVER_ERROR\",\"errorMessage\":\"Database on fire\"}"));
        ApiException e = assertThrows(ApiException.class, () -> octo.redeem("k", List.of("C1"), 0, null, "k5"));
        assertEquals(ApiException.Kind.SERVER, e.kind());
        assertEquals("Database on fire", e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void a503WithRetryAfterIsRetriedAfterTheWait() throws Exception {
        server.enqueue(json(503, "").setHeader("Retry-After", "1"));
        server.enqueue(json(429, "").setHeader("Retry-After", "0"));
        server.enqueue(json(200, "[]"));
        long t0 = System.nanoTime();
        assertTrue(octo.lookup("k", "R").isEmpty());
        assertTrue(System.nanoTime() - t0 >= 900_000_000L, "waited for Retry-After");
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aRetryAfterLongerThanTheLimitGivesUpAtOnce() {
        server.enqueue(json(503, "").setHeader("Retry-After", "3600"));
        ApiException e = assertThrows(ApiException.class, () -> octo.lookup("k", "R"));
        assertEquals(ApiException.Kind.BUSY, e.kind());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void garbageTruncatedAndWronglyTypedAnswersAreBadResponses() {
        String booking = Fixtures.booking("C1", "CONFIRMED", true, null);
        for (String body : new String[] {"<html>oops</html>", "[" + booking.substring(0, 120),
                "[" + booking.replace("\"guestsAllowed\":2", "\"guestsAllowed\":{\"x\":1}") + "]",
                "[" + booking.replace("\"redeemable\":true", "\"redeemable\":\"maybe\"") + "]", "{\"not\":\"a list\"}"}) {
            server.enqueue(json(200, body));
            ApiException e = assertThrows(ApiException.class, () -> octo.lookup("k", "R"), body);
            assertEquals(ApiException.Kind.BAD_RESPONSE, e.kind(), body);
            assertEquals("The backend's answer could not be read (not the expected JSON).", e.getMessage());
        }
    }

    @Test
    void aBodyCutOffMidwayIsRetriedOnceForAGet() throws Exception {
        server.enqueue(json(200, "[" + Fixtures.booking("C1", "CONFIRMED", true, null) + "]")
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(json(200, "[]"));
        assertTrue(octo.lookup("k", "R").isEmpty());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void octoErrorBodiesBecomeTypedErrorsWhateverTheStatus() {
        Object[][] cases = {
            {400, "ALREADY_REDEEMED", ApiException.Kind.REFUSED}, {400, "UNAUTHORIZED", ApiException.Kind.UNAUTHORIZED},
            {401, "UNAUTHORIZED", ApiException.Kind.UNAUTHORIZED}, {403, "FORBIDDEN", ApiException.Kind.UNAUTHORIZED},
            {404, "INVALID_REDEMPTION_CODE", ApiException.Kind.REFUSED}, {409, "NOT_CANCELLABLE", ApiException.Kind.CONFLICT},
            {422, "UNPROCESSABLE_ENTITY", ApiException.Kind.REFUSED}, {502, "BAD_GATEWAY", ApiException.Kind.SERVER}};
        for (Object[] c : cases) {
            server.enqueue(json((int) c[0], "{\"error\":\"" + c[1] + "\",\"errorMessage\":\"Because " + c[1] + "\"}"));
            ApiException e = assertThrows(ApiException.class, () -> octo.redeem("k", List.of("C"), 0, null, "x"));
            assertEquals(c[2], e.kind(), c[0] + " " + c[1]);
            assertEquals(c[1], e.code());
            assertEquals("Because " + c[1], e.getMessage());
        }
    }

    @Test
    void anErrorWithoutABodyStillReadsAsASentence() {
        server.enqueue(new MockResponse().setResponseCode(401));
        ApiException e = assertThrows(ApiException.class, () -> octo.lookup("k", "R"));
        assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
        assertEquals("The backend refused this desk's supplier key (HTTP 401).", e.getMessage());
    }

    @Test
    void aRefusedConnectionSaysSo() throws Exception {
        int port = server.getPort();
        server.shutdown();
        HttpGateway g = new HttpGateway(ApiConfig.of("http://127.0.0.1:" + port, false), Json.mapper());
        ApiException e = assertThrows(ApiException.class, () -> new OctoRedemptionClient(g).lookup("k", "R"));
        assertEquals(ApiException.Kind.UNREACHABLE, e.kind());
        assertEquals("Could not connect to the backend at 127.0.0.1:" + port + ".", e.getMessage());
        g.close();
    }

    @Test
    void validateAndUnredeemReadTheirAnswers() throws Exception {
        server.enqueue(json(200, "{\"valid\":false,\"reason\":\"Expired\",\"booking\":"
                + Fixtures.booking("C1", "EXPIRED", false, null) + "}"));
        server.enqueue(json(200, Fixtures.booking("C1", "CONFIRMED", true, "DP3")));
        PassRedemption.Validated v = new LoungeDeskRedemption(octo).validate("k",
                new RedeemRequest("R", List.of("C1"), 0, "", "v1", Instant.now(), false));
        assertFalse(v.valid());
        assertEquals("Expired", v.reason());
        assertEquals(OctoStatus.EXPIRED, v.booking().octoStatus());
        assertEquals("DP3", octo.unredeem("k", "C1", "DP3", "WRONG_GUEST", "u1").orderId());
        server.takeRequest();
        RecordedRequest del = server.takeRequest();
        assertEquals("DELETE", del.getMethod());
        assertEquals("u1", del.getHeader("Idempotency-Key"));
    }
}
