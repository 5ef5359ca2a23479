package com.loungedesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrdersClientTest {

    private MockWebServer server;
    private HttpGateway gateway;
    private OrdersClient orders;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        gateway = Fixtures.gateway(server);
        orders = new OrdersClient(gateway);
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
    void changedSinceWalksEveryPageWithTheCursorAndTheSameSince() throws Exception {
        server.enqueue(json(200, Fixtures.page("c1", Fixtures.order("DP1", 2, "2026-11-23T08:00:00.000001Z", 1))));
        server.enqueue(json(200, Fixtures.page("c2", Fixtures.order("DP2", 2, "2026-11-23T08:00:00.000002Z", 1))));
        server.enqueue(json(200, Fixtures.page(null, Fixtures.order("DP1", 3, "2026-11-23T08:00:00.000003Z", 2))));
        Instant since = Instant.parse("2026-11-23T07:00:00.123456Z");
        OrderChanges changes = orders.changedSince("k", since);
        assertEquals(3, changes.orders().size());
        assertEquals(3, changes.requests());
        assertEquals(Instant.parse("2026-11-23T08:00:00.000003Z"), changes.orders().get(2).updatedAt());
        RecordedRequest first = server.takeRequest();
        assertEquals("2026-11-23T07:00:00.123456Z", first.getRequestUrl().queryParameter("updatedSince"));
        assertNull(first.getRequestUrl().queryParameter("cursor"));
        assertEquals("Bearer k", first.getHeader("Authorization"));
        assertEquals("c1", server.takeRequest().getRequestUrl().queryParameter("cursor"));
        assertEquals("c2", server.takeRequest().getRequestUrl().queryParameter("cursor"));
    }

    @Test
    void aCursorThatDoesNotMoveIsABadAnswerNotAnEndlessLoop() {
        server.enqueue(json(200, Fixtures.page("same")));
        server.enqueue(json(200, Fixtures.page("same")));
        ApiException e = assertThrows(ApiException.class, () -> orders.changedSince("k", null));
        assertEquals(ApiException.Kind.BAD_RESPONSE, e.kind());
    }

    @Test
    void envelopeErrorCodesBecomeTypedErrors() {
        Object[][] cases = {{400, 40001, ApiException.Kind.REFUSED}, {401, 40101, ApiException.Kind.UNAUTHORIZED},
            {404, 40401, ApiException.Kind.NOT_FOUND}, {409, 40901, ApiException.Kind.CONFLICT},
            {500, 50001, ApiException.Kind.SERVER}, {200, 40901, ApiException.Kind.CONFLICT}};
        for (Object[] c : cases) {
            server.enqueue(json((int) c[0], "{\"code\":" + c[1] + ",\"message\":\"Said " + c[1] + "\",\"data\":null}"));
            ApiException e = assertThrows(ApiException.class, () -> orders.cancel("k", "DP1", "r", "op", "key"));
            assertEquals(c[2], e.kind(), String.valueOf(c[1]));
            assertEquals(String.valueOf(c[1]), e.code());
            assertEquals("Said " + c[1], e.getMessage());
        }
    }

    @Test
    void anOrderWithoutIdOrChangeTimeIsRefusedAsUnreadable() {
        server.enqueue(json(200, Fixtures.page(null, Fixtures.order("DP1", 2, "2026-11-23T08:00:00Z", 1)
                .replace("\"updatedAt\":\"2026-11-23T08:00:00Z\"", "\"updatedAt\":null"))));
        assertEquals(ApiException.Kind.BAD_RESPONSE, assertThrows(ApiException.class, () -> orders.changedSince("k", null)).kind());
        server.enqueue(json(200, Fixtures.envelope(null)));
        assertEquals(ApiException.Kind.BAD_RESPONSE, assertThrows(ApiException.class, () -> orders.order("k", "DP1")).kind());
        server.enqueue(json(200, Fixtures.envelope(Fixtures.order("DP1", 2, "2026-11-23T08:00:00Z", 1)
                .replace("\"revision\":1", "\"revision\":\"one\""))));
        assertEquals(ApiException.Kind.BAD_RESPONSE, assertThrows(ApiException.class, () -> orders.order("k", "DP1")).kind());
    }

    @Test
    void cancelPostsReasonOperatorAndKey() throws Exception {
        server.enqueue(json(200, Fixtures.envelope(Fixtures.order("DP1", 3, "2026-11-23T08:00:00Z", 2))));
        OrderDto o = orders.cancel("k", "DP1", "WRONG_GUEST", "sup-1", "key-7");
        assertEquals(3, o.status());
        RecordedRequest r = server.takeRequest();
        assertEquals("/orders/DP1/cancel", r.getPath());
        assertEquals("key-7", r.getHeader("Idempotency-Key"));
        String body = r.getBody().readUtf8();
        assertTrue(body.contains("\"operatorId\":\"sup-1\"") && body.contains("\"reason\":\"WRONG_GUEST\""), body);
    }

    @Test
    void anUnknownStatusCodeIsKeptAsANumberForTheTrackerToMap() throws Exception {
        server.enqueue(json(200, Fixtures.envelope(Fixtures.order("DP1", 42, "2026-11-23T08:00:00Z", 2))));
        assertEquals(42, orders.order("k", "DP1").status());
    }
}
