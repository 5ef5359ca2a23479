package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest extends SandboxTestBase {

    private SandboxClient.Answer move(String orderId, int status) {
        return client.post("/sandbox/simulate/prebooking/" + orderId, "{\"status\":" + status + "}", KEY, null);
    }

    private JsonNode order(String orderId) {
        return client.get("/orders/" + orderId, KEY).data();
    }

    @Test
    void aPrebookingGoesPendingConfirmedUsedAndNoFurther() {
        String id = DemoPasses.PREBOOKING_PENDING_ORDER;
        assertEquals(1, move(id, 1).data().get("status").asInt());
        JsonNode used = move(id, 2).data();
        assertEquals(2, used.get("status").asInt());
        assertEquals(3, used.get("revision").asInt());
        assertEquals("ALREADY_REDEEMED", client.octoGet("/octo/redemption/lookup?reference="
                + DemoPasses.PREBOOKING_PENDING, KEY).json().get(0).get("unredeemableReasonCode").asText());
        for (int illegal : new int[] {1, 10, 3}) {
            SandboxClient.Answer refused = move(id, illegal);
            assertEquals(409, refused.status(), "2 -> " + illegal);
            assertEquals(40901, refused.json().get("code").asInt());
        }
        assertEquals(3, order(id).get("revision").asInt(), "refusals change nothing");
    }

    @Test
    void pendingMayFailOrBeCancelledButAFailedOrderStaysFailed() {
        assertEquals(10, move(DemoPasses.PREBOOKING_PENDING_ORDER, 10).data().get("status").asInt());
        assertEquals(409, move(DemoPasses.PREBOOKING_PENDING_ORDER, 1).status());
        assertEquals(409, move(DemoPasses.PREBOOKING_FAILED_ORDER, 1).status());
        assertEquals(409, move(DemoPasses.PREBOOKING_FAILED_ORDER, 3).status());
        String created = client.post("/sandbox/passes", "{\"kind\":\"prebooking\"}", KEY, null).data()
                .get("bookings").get(0).get("orderId").asText();
        assertEquals(5, order(created).get("status").asInt());
        assertEquals(409, move(created, 2).status(), "5 -> 2 skips confirmation");
        SandboxClient.Answer cancel = client.post("/orders/" + created + "/cancel", "{\"reason\":\"trip off\"}", KEY, null);
        assertEquals(3, cancel.data().get("status").asInt());
        assertEquals("CANCELLED", client.octoGet("/octo/redemption/lookup?reference="
                + order(created).get("bookingReference").asText(), KEY).json().get(0).get("status").asText());
    }

    @Test
    void confirmedMayBeCancelled() {
        assertEquals(3, move(DemoPasses.PREBOOKING_CONFIRMED_ORDER, 3).data().get("status").asInt());
        assertEquals("UNPROCESSABLE_ENTITY", redeemOnce(DemoPasses.PREBOOKING_CONFIRMED, 0).json().get("error").asText());
    }

    @Test
    void aWalkinIsBornUsedAndOnlyEverBecomesCancelled() {
        JsonNode walkin = client.post("/sandbox/simulate/walkin", "{\"reference\":\"" + DemoPasses.WALKIN_EPASS
                + "\",\"guests\":1}", KEY, null).data();
        String id = walkin.get("orderId").asText();
        assertEquals(1, walkin.get("category").asInt());
        assertEquals(2, walkin.get("status").asInt());
        assertEquals(409, move(id, 1).status(), "a walk-in is not a prebooking");
        JsonNode cancelled = client.post("/sandbox/simulate/cancel/" + id, "", KEY, null).data();
        assertEquals(3, cancelled.get("status").asInt());
        assertEquals(409, client.post("/orders/" + id + "/cancel", "{\"reason\":\"again\"}", KEY, null).status());
        assertEquals(3, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY)
                .json().get(0).get("pass").get("entitlementsLeft").asInt());
    }

    @Test
    void aSupervisorCannotCancelAWalkinPastItsWindowButTheProviderCan() {
        String old = DemoPasses.SPENT_EPASS_ORDERS.get(0);
        SandboxClient.Answer late = client.post("/orders/" + old + "/cancel", "{\"reason\":\"late\"}", KEY, null);
        assertEquals(409, late.status());
        assertEquals(2, order(old).get("status").asInt());
        assertEquals(3, client.post("/sandbox/simulate/cancel/" + old, "{}", KEY, null).data().get("status").asInt());
        assertEquals(1, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.SPENT_EPASS, KEY)
                .json().get(0).get("pass").get("entitlementsLeft").asInt());
    }

    @Test
    void cancellingAPackageUsageGivesItsBookingsBack() {
        String code = DemoPasses.PACKAGE_CODES.get(2);
        String id = redeemOnce(code, 0).json().get("orderId").asText();
        assertEquals(3, client.post("/orders/" + id + "/cancel", "{\"reason\":\"wrong person\"}", KEY, null)
                .data().get("status").asInt());
        assertTrue(client.octoGet("/octo/redemption/lookup?reference=" + code, KEY).json().get(0)
                .get("redeemable").asBoolean());
    }

    @Test
    void createdPassesServeEveryKindAndResetRestoresTheDemoData() {
        JsonNode walkin = client.post("/sandbox/passes", "{\"kind\":\"walkin\",\"entitlements\":2,\"guestsAllowed\":1}",
                KEY, null).data();
        assertEquals("EPASS", walkin.get("kind").asText());
        assertEquals(walkin.get("reference").asText(), walkin.get("barcode").asText());
        JsonNode pkg = client.post("/sandbox/passes", "{\"kind\":\"package\",\"bookings\":4}", KEY, null).data();
        assertEquals(4, pkg.get("bookings").size());
        assertEquals(4, client.octoGet("/octo/redemption/lookup?reference=" + pkg.get("barcode").asText(), KEY).json().size());
        assertEquals(40001, client.post("/sandbox/passes", "{\"kind\":\"boat\"}", KEY, null).json().get("code").asInt());
        assertEquals(40001, client.post("/sandbox/passes", "{\"kind\":\"package\",\"bookings\":0}", KEY, null)
                .json().get("code").asInt());
        redeemOnce(DemoPasses.WALKIN_EPASS, 0);
        assertEquals(200, client.post("/sandbox/reset", "", KEY, null).status());
        assertEquals(0, client.octoGet("/octo/redemption/lookup?reference=" + walkin.get("reference").asText(), KEY)
                .json().size());
        assertEquals(3, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY)
                .json().get(0).get("pass").get("entitlementsLeft").asInt());
        assertEquals(5, client.get("/orders", KEY).data().get("orders").size());
        for (DemoPasses.DemoPass p : DemoPasses.ALL) {
            String key = p.supplier() == 1 ? KEY : PARTNER;
            assertTrue(client.octoGet("/octo/redemption/lookup?reference=" + p.reference(), key).json().size() > 0,
                    p.reference());
        }
    }

    @Test
    void subscribersAreRegisteredAndBadOnesRefused() {
        JsonNode sub = client.post("/sandbox/subscribers", "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":"
                + "[\"walkin.redemption\"]}", KEY, null).data();
        assertTrue(sub.get("id").asLong() > 0);
        assertEquals(400, client.post("/sandbox/subscribers", "{\"url\":\"ftp://x\",\"events\":[\"walkin.redemption\"]}",
                KEY, null).status());
        assertEquals(400, client.post("/sandbox/subscribers", "{\"url\":\"http://x/\",\"events\":[\"nope\"]}",
                KEY, null).status());
    }
}
