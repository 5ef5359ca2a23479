package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderFeedTest extends SandboxTestBase {

    @Test
    void pagingWithASmallLimitVisitsEveryOrderExactlyOnceInUpdateOrder() {
        Set<String> created = new HashSet<>();
        for (int p = 0; p < 3; p++) {
            String ref = client.post("/sandbox/passes", "{\"kind\":\"walkin\",\"entitlements\":100,\"guestsAllowed\":0}",
                    KEY, null).data().get("reference").asText();
            for (int i = 0; i < 100; i++) {
                created.add(redeemOnce(ref, 0).json().get("orderId").asText());
            }
        }
        assertEquals(300, created.size());
        List<String> seen = new ArrayList<>();
        String cursor = null;
        String lastUpdated = "";
        int pages = 0;
        do {
            JsonNode data = client.get("/orders?limit=7" + (cursor == null ? "" : "&cursor=" + cursor), KEY).data();
            for (JsonNode o : data.get("orders")) {
                seen.add(o.get("orderId").asText());
                String updated = o.get("updatedAt").asText();
                assertTrue(updated.compareTo(lastUpdated) > 0, "updatedAt must grow: " + updated + " after " + lastUpdated);
                lastUpdated = updated;
            }
            cursor = data.get("nextCursor").isNull() ? null : data.get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no order seen twice");
        assertTrue(seen.containsAll(created), "every created order seen");
        assertEquals(300 + 5, seen.size(), "300 new orders plus the 5 seeded ones of the main supplier");
        assertEquals((305 + 6) / 7, pages);
    }

    @Test
    void answersAreSentUncompressedEvenToAClientThatAcceptsGzip() throws Exception {
        okhttp3.Request request = new okhttp3.Request.Builder().url(server.baseUrl() + "/orders?limit=500")
                .header("Authorization", "Bearer " + KEY).header("Accept-Encoding", "gzip").build();
        try (okhttp3.Response r = client.http.newCall(request).execute()) {
            assertEquals(200, r.code());
            assertEquals(null, r.header("Content-Encoding"));
            assertTrue(r.body().string().startsWith("{"), "plain JSON");
        }
    }

    @Test
    void updatedSinceIsExclusiveAndSeesOnlyLaterChanges() {
        JsonNode all = client.get("/orders", KEY).data().get("orders");
        String last = all.get(all.size() - 1).get("updatedAt").asText();
        assertEquals(0, client.get("/orders?updatedSince=" + last, KEY).data().get("orders").size());
        String orderId = redeemOnce(DemoPasses.WALKIN_EPASS, 1).json().get("orderId").asText();
        JsonNode later = client.get("/orders?updatedSince=" + last, KEY).data();
        assertEquals(1, later.get("orders").size());
        JsonNode order = later.get("orders").get(0);
        assertEquals(orderId, order.get("orderId").asText());
        assertTrue(order.get("updatedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"));
        assertTrue(order.get("usageDate").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
        assertTrue(later.get("nextCursor").isNull());
        assertTrue(Instant.parse(later.get("serverTime").asText()).isAfter(Instant.parse(last)));
    }

    @Test
    void everySupplierSeesOnlyItsOwnOrders() {
        String partnerOrder = client.redeem(PARTNER, "{\"redemptionCode\":\"" + DemoPasses.PARTNER_EPASS + "\"}")
                .json().get("orderId").asText();
        for (JsonNode o : client.get("/orders?limit=500", KEY).data().get("orders")) {
            assertNotEquals(partnerOrder, o.get("orderId").asText());
        }
        assertEquals(1, client.get("/orders", PARTNER).data().get("orders").size());
        SandboxClient.Answer foreign = client.get("/orders/" + partnerOrder, KEY);
        assertEquals(404, foreign.status());
        assertEquals(40401, foreign.json().get("code").asInt());
        assertTrue(foreign.json().get("data").isNull());
        assertEquals(401, client.get("/orders", null).status());
        assertEquals(40101, client.get("/orders", "wrong").json().get("code").asInt());
    }

    @Test
    void cancellingAWalkinRefundsItBumpsRevisionAndUpdatedAtAndOnlyOnce() {
        JsonNode redeemed = redeemOnce(DemoPasses.WALKIN_EPASS, 0).json();
        String orderId = redeemed.get("orderId").asText();
        JsonNode before = client.get("/orders/" + orderId, KEY).data();
        assertEquals(1, before.get("revision").asInt());
        SandboxClient.Answer cancel = client.post("/orders/" + orderId + "/cancel",
                "{\"reason\":\"guest left\",\"operatorId\":\"sup-7\"}", KEY, null);
        assertEquals(200, cancel.status(), cancel.body());
        JsonNode after = cancel.data();
        assertEquals(3, after.get("status").asInt());
        assertEquals(2, after.get("revision").asInt());
        assertTrue(after.get("updatedAt").asText().compareTo(before.get("updatedAt").asText()) > 0);
        assertTrue(!after.get("orderCancelledDate").isNull());
        assertEquals(3, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY)
                .json().get(0).get("pass").get("entitlementsLeft").asInt());
        SandboxClient.Answer again = client.post("/orders/" + orderId + "/cancel", "{\"reason\":\"x\"}", KEY, null);
        assertEquals(409, again.status());
        assertEquals(40901, again.json().get("code").asInt());
        assertEquals(2, client.get("/orders/" + orderId, KEY).data().get("revision").asInt());
    }

    @Test
    void badFeedParametersAreRefusedWithTheEnvelope() {
        for (String query : List.of("limit=0", "limit=501", "limit=abc", "limit=-3", "updatedSince=yesterday",
                "updatedSince=2026-13-45T00:00:00Z", "cursor=%22%00", "cursor=bm90LWEtY3Vyc29y")) {
            SandboxClient.Answer a = client.get("/orders?" + query, KEY);
            assertEquals(400, a.status(), query);
            assertEquals(40001, a.json().get("code").asInt(), query);
            assertTrue(a.json().get("data").isNull());
        }
        assertEquals(404, client.get("/orders/DP99999999999999", KEY).status());
        assertEquals(400, client.get("/orders/DP%22%00", KEY).status());
    }

    @Test
    void everyOrderChangeWritesOneEventWithTheProviderPayload() throws Exception {
        String orderId = redeemOnce(DemoPasses.WALKIN_EPASS, 2).json().get("orderId").asText();
        client.post("/orders/" + orderId + "/cancel", "{\"reason\":\"changed mind\"}", KEY, null);
        client.post("/sandbox/simulate/prebooking/" + DemoPasses.PREBOOKING_PENDING_ORDER, "{\"status\":1}", KEY, null);
        Map<String, List<JsonNode>> events = new HashMap<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sandbox.db"));
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT order_id, payload FROM order_events ORDER BY seq")) {
            while (rs.next()) {
                events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(SandboxClient.MAPPER.readTree(rs.getString(2)));
            }
        }
        List<JsonNode> walkin = events.get(orderId);
        assertEquals(2, walkin.size());
        assertEquals("walkin.redemption", walkin.get(0).get("eventType").asText());
        assertEquals(2, walkin.get(0).get("status").asInt());
        assertTrue(!walkin.get(0).has("orderCancelledDate"));
        assertEquals(2, walkin.get(0).get("passengers").get("guests").asInt());
        assertEquals(1, walkin.get(0).get("passengers").get("cardholder").asInt());
        assertEquals(3, walkin.get(1).get("status").asInt());
        assertTrue(walkin.get(1).get("orderCancelledDate").asText().endsWith("+00:00"));
        for (String field : List.of("orderId", "programId", "dpId", "module", "category", "orderCreatedDate", "usageDate",
                "transportHubId", "transportHubName", "resourceId", "resourceName")) {
            assertTrue(walkin.get(0).has(field), field);
        }
        List<JsonNode> pre = events.get(DemoPasses.PREBOOKING_PENDING_ORDER);
        assertEquals(2, pre.size(), "created, then confirmed");
        JsonNode confirmed = pre.get(1);
        assertEquals("prebooking.statusChanged", confirmed.get("eventType").asText());
        assertEquals(5, confirmed.get("previousStatus").asInt());
        assertEquals(1, confirmed.get("currentStatus").asInt());
        assertTrue(confirmed.has("statusChangedDate"));
        assertTrue(confirmed.has("remarks"));
    }
}
