package com.loungedesk.api.octo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.Backend;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.PassRedemption;
import com.loungedesk.api.RedeemRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redemption on a plain OCTO supplier, its faults scripted with MockWebServer. */
class OctoSupplierRedemptionTest {

    private static final Instant SENT = Instant.parse("2026-12-07T09:00:00Z");
    private MockWebServer server;
    private HttpGateway gateway;
    private PassRedemption octo;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        gateway = OctoWire.gateway(server);
        Backend backend = OctoBackend.over(gateway, Clock.fixed(SENT.plusSeconds(60), ZoneOffset.UTC), ZoneOffset.UTC,
                Duration.ofMinutes(30), false);
        octo = backend.redemption();
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
        server.shutdown();
    }

    private static RedeemRequest request(String code, boolean mayHaveBeenSent) {
        return new RedeemRequest("FAM-1", List.of(code), 0, "desk desk-1", "idem-1", SENT, mayHaveBeenSent);
    }

    @Test
    void everyCallStaysUnderTheSuppliersPrefix() throws Exception {
        server.enqueue(OctoWire.json(200, "{\"apiKey\":\"k1\"}"));
        server.enqueue(OctoWire.json(200, "[" + OctoWire.booking("b-1", "FAM-1", "CONFIRMED", null, null, "ADULT") + "]"));
        server.enqueue(OctoWire.json(200, OctoWire.booking("b-1", "FAM-1", "REDEEMED", "2026-12-07T09:00:01Z",
                null, "ADULT")));
        assertEquals("k1", octo.credentials("FAM-1", List.of("k1")));
        assertEquals(1, octo.lookup("k1", "FAM-1").size());
        octo.redeem("k1", request("FAM-1", false));
        assertEquals("/octo/v1/redemption/credentials", server.takeRequest().getPath());
        assertEquals("/octo/v1/redemption/lookup?reference=FAM-1", server.takeRequest().getPath());
        assertEquals("/octo/v1/redemption/redeem", server.takeRequest().getPath());
    }

    @Test
    void aRedeemSendsOnlyTheCodeAndNoIdempotencyKey() throws Exception {
        server.enqueue(OctoWire.json(200, OctoWire.booking("b-1", "FAM-1", "REDEEMED", "2026-12-07T09:00:01Z",
                null, "ADULT")));
        PassRedemption.Redeemed r = octo.redeem("k1", request("FAM-1", false));
        assertEquals("b-1", r.orderId());
        assertFalse(r.confirmedByLookup());
        RecordedRequest sent = server.takeRequest();
        JsonNode body = Json.mapper().readTree(sent.getBody().readUtf8());
        List<String> fields = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("redemptionCode"), fields);
        assertEquals("FAM-1", body.get("redemptionCode").asText());
        assertNull(sent.getHeader("Idempotency-Key"));
        assertEquals("octo/redemption", sent.getHeader("Octo-Capabilities"));
        assertEquals("Bearer k1", sent.getHeader("Authorization"));
    }

    @Test
    void anAnswerLostAfterTheRedeemWasAppliedIsConfirmedByLookupAndNeverSentTwice() throws Exception {
        server.enqueue(OctoWire.json(200, "{}").setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        ApiException lost = assertThrows(ApiException.class, () -> octo.redeem("k1", request("FAM-1", false)));
        assertTrue(lost.mayRetry(), "the outcome is unknown, so the desk keeps it to send again");
        server.takeRequest();
        // the supplier did redeem it, one second after the desk's first send
        server.enqueue(OctoWire.json(200, "[" + OctoWire.booking("b-1", "FAM-1", "REDEEMED", "2026-12-07T09:00:01Z",
                null, "ADULT") + "]"));
        PassRedemption.Redeemed r = octo.redeem("k1", request("FAM-1", true));
        assertTrue(r.confirmedByLookup());
        assertEquals("b-1", r.orderId());
        RecordedRequest check = server.takeRequest();
        assertEquals("GET", check.getMethod());
        assertTrue(check.getPath().startsWith("/octo/v1/redemption/lookup"));
        assertEquals(2, server.getRequestCount(), "the redeem was not sent again");
    }

    @Test
    void aResendForABookingRedeemedBeforeTheFirstSendIsNotClaimedAsOurs() throws Exception {
        server.enqueue(OctoWire.json(200, "[" + OctoWire.booking("b-1", "FAM-1", "REDEEMED", "2026-12-07T08:10:00Z",
                null, "ADULT") + "]"));
        server.enqueue(OctoWire.error("UNPROCESSABLE_ENTITY", "Booking cannot be redeemed"));
        server.enqueue(OctoWire.json(200, "[" + OctoWire.booking("b-1", "FAM-1", "REDEEMED", "2026-12-07T08:10:00Z",
                null, "ADULT") + "]"));
        ApiException e = assertThrows(ApiException.class, () -> octo.redeem("k1", request("FAM-1", true)));
        assertEquals("ALREADY_REDEEMED", e.code());
    }

    @Test
    void unprocessableOnARedeemedBookingIsAlreadyUsedFromTheBookingItself() throws Exception {
        server.enqueue(OctoWire.error("UNPROCESSABLE_ENTITY", "Booking cannot be redeemed"));
        server.enqueue(OctoWire.json(200, "[" + OctoWire.booking("b-1", "FAM-1", "REDEEMED", "2026-12-07T08:10:00Z",
                null, "ADULT", "CHILD") + "]"));
        ApiException e = assertThrows(ApiException.class, () -> octo.redeem("k1", request("FAM-1", false)));
        assertEquals("ALREADY_REDEEMED", e.code());
        assertEquals(ApiException.Kind.REFUSED, e.kind());
        assertEquals("This booking was already used.", e.getMessage());
    }

    @Test
    void aNoShowBookingIsRefusedByItsOwnName() throws Exception {
        server.enqueue(OctoWire.error("UNPROCESSABLE_ENTITY", "Booking cannot be redeemed"));
        server.enqueue(OctoWire.json(200, "[" + OctoWire.booking("b-1", "FAM-1", "NOSHOW", null, null, "ADULT") + "]"));
        ApiException e = assertThrows(ApiException.class, () -> octo.redeem("k1", request("FAM-1", false)));
        assertEquals("STATUS_NOSHOW", e.code());
        assertTrue(e.getMessage().contains("NOSHOW"), e.getMessage());
    }

    @Test
    void aRefusalThatSaysWhyIsNotLookedUp() throws Exception {
        server.enqueue(OctoWire.error("INVALID_REDEMPTION_CODE", "No such code"));
        ApiException e = assertThrows(ApiException.class, () -> octo.redeem("k1", request("FAM-1", false)));
        assertEquals("INVALID_REDEMPTION_CODE", e.code());
        assertEquals("No such code", e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void validateIsNotOfferedUnlessConfiguredAndReadsABookingWhenItIs() throws Exception {
        assertFalse(octo.offersValidate());
        assertFalse(octo.admitsGuests());
        assertEquals(ApiException.Kind.CONFIG, assertThrows(ApiException.class,
                () -> octo.validate("k1", request("FAM-1", false))).kind());
        assertEquals(0, server.getRequestCount());
        PassRedemption configured = OctoBackend.over(gateway, Clock.systemUTC(), ZoneOffset.UTC, Duration.ofMinutes(30),
                true).redemption();
        server.enqueue(OctoWire.json(200, OctoWire.booking("b-1", "FAM-1", "REDEEMED", "2026-12-07T09:00:01Z",
                null, "ADULT")));
        server.enqueue(OctoWire.json(200, OctoWire.booking("b-2", "OLD-1", "REDEEMED", "2026-12-06T09:00:01Z",
                null, "ADULT")));
        assertTrue(configured.validate("k1", request("FAM-1", false)).valid());
        PassRedemption.Validated old = configured.validate("k1", new RedeemRequest("OLD-1", List.of("OLD-1"), 0, "",
                "i", SENT, false));
        assertFalse(old.valid());
        assertEquals("ALREADY_REDEEMED", old.reasonCode());
    }

    @Test
    void oddAnswersGiveASentenceNotACrash() throws Exception {
        server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(502)
                .setHeader("Content-Type", "text/html").setBody("<html><body>Bad gateway</body></html>"));
        ApiException html = assertThrows(ApiException.class, () -> octo.lookup("k1", "R"));
        assertEquals(ApiException.Kind.SERVER, html.kind());
        server.enqueue(OctoWire.json(200, "{\"error\":\"UNAUTHORIZED\",\"errorMessage\":\"Key revoked\"}"));
        ApiException okButError = assertThrows(ApiException.class, () -> octo.lookup("k1", "R"));
        assertEquals(ApiException.Kind.UNAUTHORIZED, okButError.kind());
        assertEquals("Key revoked", okButError.getMessage());
        server.enqueue(OctoWire.json(200, OctoWire.booking("b-1", "FAM-1", "CONFIRMED", null, null, "ADULT")));
        assertEquals(1, octo.lookup("k1", "FAM-1").size(), "one booking where a list was expected");
        server.enqueue(OctoWire.json(200, "[{\"uuid\":\"b-9\",\"status\":\"CONFIRMED\",\"redeemable\":true,"
                + "\"redemptionCode\":\"X\"}]"));
        List<LookupItem> bare = octo.lookup("k1", "X");
        assertTrue(bare.get(0).unitItems().isEmpty(), "no unitItems is an empty party, not a crash");
        server.enqueue(OctoWire.error("BAD_REQUEST", "Unknown field guests"));
        ApiException strict = assertThrows(ApiException.class, () -> octo.redeem("k1", request("X", false)));
        assertEquals("Unknown field guests", strict.getMessage());
    }
}
