package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdempotencyTest extends SandboxTestBase {

    private static final String REDEEM = "/octo/redemption/redeem";

    private int ordersOf(String key) {
        return client.get("/orders?limit=500", key).data().get("orders").size();
    }

    @Test
    void aRepeatedRedeemWithTheSameKeyReplaysTheFirstAnswerByteForByte() {
        String json = "{\"redemptionCode\":\"" + DemoPasses.WALKIN_EPASS + "\",\"guests\":1}";
        int before = ordersOf(KEY);
        SandboxClient.Answer first = client.octo("POST", REDEEM, json, KEY, "desk-1-scan-42");
        SandboxClient.Answer second = client.octo("POST", REDEEM, json, KEY, "desk-1-scan-42");
        assertEquals(200, first.status(), first.body());
        assertEquals(first.status(), second.status());
        assertEquals(first.body(), second.body());
        assertEquals(before + 1, ordersOf(KEY), "one usage order, not two");
        assertEquals(2, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY)
                .json().get(0).get("pass").get("entitlementsLeft").asInt());
    }

    @Test
    void theSameKeyOnADifferentRequestIsRefusedAndChangesNothing() {
        client.octo("POST", REDEEM, "{\"redemptionCode\":\"" + DemoPasses.PACKAGE_CODES.get(0) + "\"}", KEY, "k-1");
        SandboxClient.Answer other = client.octo("POST", REDEEM,
                "{\"redemptionCode\":\"" + DemoPasses.PACKAGE_CODES.get(1) + "\"}", KEY, "k-1");
        assertEquals(400, other.status());
        assertEquals("BAD_REQUEST", other.json().get("error").asText());
        assertEquals(true, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.PACKAGE_CODES.get(1), KEY)
                .json().get(0).get("redeemable").asBoolean());
    }

    @Test
    void aRefusalIsStoredAndReplayedToo() {
        String json = "{\"redemptionCode\":\"" + DemoPasses.SPENT_EPASS + "\"}";
        SandboxClient.Answer first = client.octo("POST", REDEEM, json, KEY, "spent-1");
        SandboxClient.Answer again = client.octo("POST", REDEEM, json, KEY, "spent-1");
        assertEquals("ALREADY_REDEEMED", first.json().get("error").asText());
        assertEquals(first.body(), again.body());
    }

    @Test
    void keysAreScopedPerApiKey() {
        SandboxClient.Answer mine = client.octo("POST", REDEEM,
                "{\"redemptionCode\":\"" + DemoPasses.WALKIN_EPASS + "\"}", KEY, "shared-key");
        SandboxClient.Answer theirs = client.octo("POST", REDEEM,
                "{\"redemptionCode\":\"" + DemoPasses.PARTNER_EPASS + "\"}", PARTNER, "shared-key");
        assertEquals(200, mine.status());
        assertEquals(200, theirs.status(), theirs.body());
        assertEquals(DemoPasses.PARTNER_EPASS, theirs.json().get("redemptionCode").asText());
    }

    @Test
    void cancelAndUnredeemReplayAndConflictOnOrdersIs409() {
        String orderId = redeemOnce(DemoPasses.WALKIN_EPASS, 0).json().get("orderId").asText();
        SandboxClient.Answer first = client.post("/orders/" + orderId + "/cancel", "{\"reason\":\"a\"}", KEY, "c-1");
        SandboxClient.Answer replay = client.post("/orders/" + orderId + "/cancel", "{\"reason\":\"a\"}", KEY, "c-1");
        assertEquals(200, first.status());
        assertEquals(first.body(), replay.body());
        SandboxClient.Answer conflict = client.post("/orders/" + orderId + "/cancel", "{\"reason\":\"b\"}", KEY, "c-1");
        assertEquals(409, conflict.status());
        assertEquals(40901, conflict.json().get("code").asInt());

        String second = redeemOnce(DemoPasses.WALKIN_EPASS, 0).json().get("orderId").asText();
        String undo = "{\"redemptionCode\":\"" + DemoPasses.WALKIN_EPASS + "\",\"orderId\":\"" + second + "\",\"reason\":\"x\"}";
        SandboxClient.Answer u1 = client.octo("DELETE", REDEEM, undo, KEY, "u-1");
        SandboxClient.Answer u2 = client.octo("DELETE", REDEEM, undo, KEY, "u-1");
        assertEquals(200, u1.status(), u1.body());
        assertEquals(u1.body(), u2.body());
        assertEquals(3, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY)
                .json().get(0).get("pass").get("entitlementsLeft").asInt());
    }

    @Test
    void anOverlongKeyIsRefused() {
        SandboxClient.Answer a = client.octo("POST", REDEEM, "{\"redemptionCode\":\"" + DemoPasses.WALKIN_EPASS + "\"}",
                KEY, "k".repeat(201));
        assertEquals(400, a.status());
        assertEquals("BAD_REQUEST", a.json().get("error").asText());
    }
}
