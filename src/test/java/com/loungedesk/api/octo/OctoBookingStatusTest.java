package com.loungedesk.api.octo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.Backend;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.OrderChanges;
import com.loungedesk.api.OrderDto;
import com.loungedesk.api.UsageUndo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Order status and undo on a plain OCTO supplier: today's bookings compared on the desk's side. */
class OctoBookingStatusTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private MockWebServer server;
    private HttpGateway gateway;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        gateway = OctoWire.gateway(server);
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
        server.shutdown();
    }

    private Backend at(String instant) {
        return OctoBackend.over(gateway, Clock.fixed(Instant.parse(instant), LONDON), LONDON, Duration.ofMinutes(30),
                false);
    }

    @Test
    void aPollAsksForTodaysBookingsAndAnswersOnlyWhatChanged() throws Exception {
        Backend octo = at("2026-12-07T10:00:00Z");
        String family = OctoWire.booking("b-1", "FAM-1", "CONFIRMED", null, null, "ADULT", "ADULT", "CHILD");
        String single = OctoWire.booking("b-2", "ONE-1", "CONFIRMED", null, null, "ADULT");
        server.enqueue(OctoWire.json(200, "[" + family + "," + single + "]"));
        server.enqueue(OctoWire.json(200, "[" + family + "," + single + "]"));
        server.enqueue(OctoWire.json(200, "[" + OctoWire.booking("b-1", "FAM-1", "REDEEMED", "2026-12-07T09:59:00Z",
                null, "ADULT", "ADULT", "CHILD") + "," + single + "]"));
        OrderChanges first = octo.orders().changedSince("k1", null);
        assertEquals(2, first.orders().size());
        OrderDto fam = first.orders().get(0);
        assertEquals(1, fam.status(), "CONFIRMED is Confirmed");
        assertEquals(OrderDto.BOOKING, fam.category());
        assertEquals(1, fam.passengers().cardholder());
        assertEquals(2, fam.passengers().guests(), "a party of three");
        assertEquals(List.of("FAM-1", "FAM-1-1", "FAM-1-2", "FAM-1-3"), fam.redemptionCodes());
        assertEquals(0, octo.orders().changedSince("k1", null).orders().size(), "an idle poll brings nothing");
        OrderChanges third = octo.orders().changedSince("k1", null);
        assertEquals(1, third.orders().size());
        assertEquals(2, third.orders().get(0).status(), "REDEEMED is Used");
        assertTrue(third.orders().get(0).revision() > fam.revision());
        assertEquals(Instant.parse("2026-12-07T10:29:00Z"), third.orders().get(0).cancellableUntil(),
                "the desk's own undo window");
        RecordedRequest poll = server.takeRequest();
        assertEquals("/octo/v1/bookings?localDate=2026-12-07", poll.getPath());
        assertEquals(1, first.requests());
    }

    @Test
    void inTheSmallHoursYesterdayStillCounts() throws Exception {
        Backend octo = at("2026-12-07T01:30:00Z");
        server.enqueue(OctoWire.json(200, "[]"));
        octo.orders().changedSince("k1", null);
        assertEquals("/octo/v1/bookings?localDateStart=2026-12-06&localDateEnd=2026-12-07",
                server.takeRequest().getPath());
    }

    @Test
    void statusesMapOntoTheLifecycleAndUnknownOnesKeepTheirName() throws Exception {
        Backend octo = at("2026-12-07T10:00:00Z");
        String[] statuses = {"ON_HOLD", "PENDING", "CONFIRMED", "REDEEMED", "CANCELLED", "REJECTED", "NOSHOW"};
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < statuses.length; i++) {
            list.append(i == 0 ? "" : ",").append(OctoWire.booking("b-" + i, "C" + i, statuses[i],
                    "REDEEMED".equals(statuses[i]) ? "2026-12-07T09:00:00Z" : null, null, "ADULT"));
        }
        server.enqueue(OctoWire.json(200, list.append("]").toString()));
        List<OrderDto> orders = octo.orders().changedSince("k1", null).orders();
        assertEquals(List.of(5, 5, 1, 2, 3, 10, -1), orders.stream().map(OrderDto::status).toList());
        assertEquals("NOSHOW", orders.get(6).statusName());
    }

    @Test
    void aBookingThisDeskTouchedIsFollowedEvenWhenTodaysListLacksIt() throws Exception {
        Backend octo = at("2026-12-07T10:00:00Z");
        String uuid = "8f5a2a8e-2b43-4f7e-9a55-3f8a5c1d2e11";
        server.enqueue(OctoWire.json(200, OctoWire.booking(uuid, "TMRW-1", "REDEEMED", "2026-12-07T09:59:00Z", null,
                "ADULT")));
        assertEquals(uuid, octo.orders().order("k1", uuid).orderId());
        server.enqueue(OctoWire.json(200, "[]"));
        server.enqueue(OctoWire.json(200, OctoWire.booking(uuid, "TMRW-1", "CONFIRMED", null, null, "ADULT")));
        OrderChanges poll = octo.orders().changedSince("k1", null);
        assertEquals(2, poll.requests());
        assertEquals(1, poll.orders().get(0).status(), "un-redeemed elsewhere");
        server.takeRequest();
        server.takeRequest();
        assertEquals("/octo/v1/bookings/" + uuid, server.takeRequest().getPath());
    }

    @Test
    void undoUnRedeemsByCodeWithNothingElseInTheBody() throws Exception {
        Backend octo = at("2026-12-07T10:00:00Z");
        String uuid = "8f5a2a8e-2b43-4f7e-9a55-3f8a5c1d2e11";
        server.enqueue(OctoWire.json(200, OctoWire.booking(uuid, "FAM-1", "REDEEMED", "2026-12-07T09:50:00Z", null,
                "ADULT")));
        server.enqueue(OctoWire.json(200, OctoWire.booking(uuid, "FAM-1", "CONFIRMED", null, null, "ADULT")));
        OrderDto after = octo.undo().undo("k1", new UsageUndo.Request(uuid, "DUPLICATE_SCAN", "sup-1", "i1",
                Instant.parse("2026-12-07T10:00:00Z"), false));
        assertEquals(1, after.status());
        server.takeRequest();
        RecordedRequest del = server.takeRequest();
        assertEquals("DELETE", del.getMethod());
        assertEquals("/octo/v1/redemption/redeem", del.getPath());
        JsonNode body = Json.mapper().readTree(del.getBody().readUtf8());
        assertEquals(1, body.size());
        assertEquals("FAM-1", body.get("redemptionCode").asText());
    }

    @Test
    void undoPastTheDesksWindowIsRefusedWithoutSending() throws Exception {
        Backend octo = at("2026-12-07T10:00:00Z");
        server.enqueue(OctoWire.json(200, "[" + OctoWire.booking("b-1", "FAM-1", "REDEEMED", "2026-12-07T09:00:00Z",
                null, "ADULT") + "]"));
        ApiException e = assertThrows(ApiException.class, () -> octo.undo().undo("k1",
                new UsageUndo.Request("FAM-1", "OTHER", "sup-1", "i1", Instant.now(), false)));
        assertEquals("NOT_CANCELLABLE", e.code());
        assertTrue(e.getMessage().contains("30 min"), e.getMessage());
        assertEquals(1, server.getRequestCount(), "only the lookup");
    }

    @Test
    void aResentUndoThatAlreadyWorkedIsDoneWithoutSendingAgain() throws Exception {
        Backend octo = at("2026-12-07T10:00:00Z");
        server.enqueue(OctoWire.json(200, "[" + OctoWire.booking("b-1", "FAM-1", "CONFIRMED", null, null, "ADULT")
                + "]"));
        OrderDto after = octo.undo().undo("k1", new UsageUndo.Request("FAM-1", "OTHER", "sup-1", "i1",
                Instant.parse("2026-12-07T09:59:00Z"), true));
        assertEquals(1, after.status());
        assertEquals(1, server.getRequestCount());
    }
}
