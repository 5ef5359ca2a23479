package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class OctoRedemptionTest extends SandboxTestBase {

    @Test
    void missingOrWrongKeyIsUnauthorizedAndMissingCapabilityIsForbidden() {
        SandboxClient.Answer none = client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, null);
        assertEquals(400, none.status());
        assertEquals("UNAUTHORIZED", none.json().get("error").asText());
        assertFalse(none.json().get("errorMessage").asText().isBlank());
        SandboxClient.Answer wrong = client.octoGet("/octo/redemption/lookup?reference=X1", "not-a-key");
        assertEquals("UNAUTHORIZED", wrong.json().get("error").asText());
        SandboxClient.Answer noCapability = client.get("/octo/redemption/lookup?reference=X1", KEY);
        assertEquals(400, noCapability.status());
        assertEquals("FORBIDDEN", noCapability.json().get("error").asText());
        SandboxClient.Answer ok = client.octoGet("/octo/redemption/lookup?reference=X1", KEY);
        assertEquals(200, ok.status());
        assertEquals("octo/redemption", ok.capabilities());
    }

    @Test
    void credentialsTellWhichKeyOwnsAReferenceWithoutAuth() {
        String keys = ",\"apiKeys\":[\"unknown\",\"" + KEY + "\",\"" + PARTNER + "\"]}";
        assertEquals(KEY, credentials("{\"reference\":\"" + DemoPasses.WALKIN_EPASS + "\"" + keys));
        assertEquals(PARTNER, credentials("{\"reference\":\"" + DemoPasses.PARTNER_EPASS + "\"" + keys));
        assertEquals(KEY, credentials("{\"reference\":\"" + DemoPasses.PACKAGE_CODES.get(1) + "\"" + keys));
        assertTrue(client.post("/octo/redemption/credentials", "{\"reference\":\"NOPE-1\"" + keys, null, null)
                .json().get("apiKey").isNull());
        assertTrue(client.post("/octo/redemption/credentials", "{\"reference\":\"" + DemoPasses.PARTNER_EPASS
                + "\",\"apiKeys\":[\"" + KEY + "\"]}", null, null).json().get("apiKey").isNull());
    }

    private String credentials(String json) {
        SandboxClient.Answer a = client.post("/octo/redemption/credentials", json, null, null);
        assertEquals(200, a.status(), a.body());
        return a.json().get("apiKey").asText();
    }

    @Test
    void lookupOfAPackageListsEveryBookingAndForeignPassesLookUnknown() {
        JsonNode items = client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.PACKAGE, KEY).json();
        assertEquals(3, items.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(DemoPasses.PACKAGE_CODES.get(i), items.get(i).get("redemptionCode").asText());
            assertTrue(items.get(i).get("redeemable").asBoolean());
            assertEquals("BOOKING", items.get(i).get("pass").get("kind").asText());
        }
        assertEquals(0, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.PARTNER_EPASS, KEY)
                .json().size());
        assertEquals(1, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.PARTNER_EPASS, PARTNER)
                .json().size());
        assertEquals(0, client.octoGet("/octo/redemption/lookup?reference=UNKNOWN-42", KEY).json().size());
    }

    @Test
    void lookupShowsTheEpassEntitlementsAndGuests() {
        JsonNode item = client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY).json().get(0);
        assertEquals("CONFIRMED", item.get("status").asText());
        assertTrue(item.get("testMode").asBoolean());
        JsonNode pass = item.get("pass");
        assertEquals("EPASS", pass.get("kind").asText());
        assertEquals(3, pass.get("entitlementsTotal").asInt());
        assertEquals(3, pass.get("entitlementsLeft").asInt());
        assertEquals(2, pass.get("guestsAllowed").asInt());
        assertEquals(DemoPasses.WALKIN_EPASS, pass.get("dpId").asText());
    }

    @Test
    void aBookingRedeemsOnceAndASecondTryIsAlreadyRedeemed() {
        String code = DemoPasses.PACKAGE_CODES.get(0);
        SandboxClient.Answer first = redeemOnce(code, 0);
        assertEquals(200, first.status(), first.body());
        assertEquals("REDEEMED", first.json().get("status").asText());
        assertTrue(first.json().get("orderId").asText().startsWith("DP"));
        SandboxClient.Answer second = redeemOnce(code, 0);
        assertEquals(400, second.status());
        assertEquals("ALREADY_REDEEMED", second.json().get("error").asText());
        JsonNode items = client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.PACKAGE, KEY).json();
        assertEquals("ALREADY_REDEEMED", items.get(0).get("unredeemableReasonCode").asText());
        assertTrue(items.get(1).get("redeemable").asBoolean());
    }

    @Test
    void anArrayRedeemsTogetherIntoOneOrderAndAnswersAnArray() {
        String json = "{\"redemptionCode\":[\"" + DemoPasses.PACKAGE_CODES.get(0) + "\",\"" + DemoPasses.PACKAGE_CODES.get(2) + "\"]}";
        SandboxClient.Answer a = client.redeem(KEY, json);
        assertEquals(200, a.status(), a.body());
        assertTrue(a.json().isArray());
        assertEquals(2, a.json().size());
        String orderId = a.json().get(0).get("orderId").asText();
        assertEquals(orderId, a.json().get(1).get("orderId").asText());
        JsonNode order = client.get("/orders/" + orderId, KEY).data();
        assertEquals(2, order.get("redemptionCodes").size());
        assertEquals(1, order.get("category").asInt());
        assertEquals(2, order.get("status").asInt());
    }

    @Test
    void anArrayWithOneSpentCodeRedeemsNothing() {
        redeemOnce(DemoPasses.PACKAGE_CODES.get(1), 0);
        String json = "{\"redemptionCode\":[\"" + DemoPasses.PACKAGE_CODES.get(0) + "\",\"" + DemoPasses.PACKAGE_CODES.get(1) + "\"]}";
        assertEquals("ALREADY_REDEEMED", client.redeem(KEY, json).json().get("error").asText());
        assertTrue(client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.PACKAGE_CODES.get(0), KEY)
                .json().get(0).get("redeemable").asBoolean());
        String mixed = "{\"redemptionCode\":[\"" + DemoPasses.PACKAGE_CODES.get(0) + "\",\"" + DemoPasses.WALKIN_EPASS + "\"]}";
        assertEquals("BAD_REQUEST", client.redeem(KEY, mixed).json().get("error").asText());
    }

    @Test
    void anEpassRedeemsExactlyItsEntitlementsAndCancellingGivesOneBack() {
        for (int i = 0; i < 3; i++) {
            SandboxClient.Answer a = redeemOnce(DemoPasses.WALKIN_EPASS, i % 3);
            assertEquals(200, a.status(), a.body());
            assertEquals(2 - i, a.json().get("pass").get("entitlementsLeft").asInt());
        }
        SandboxClient.Answer fourth = redeemOnce(DemoPasses.WALKIN_EPASS, 0);
        assertEquals("ALREADY_REDEEMED", fourth.json().get("error").asText());
        JsonNode item = client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY).json().get(0);
        assertEquals("NO_ENTITLEMENTS_LEFT", item.get("unredeemableReasonCode").asText());
        SandboxClient.Answer undo = client.octo("DELETE", "/octo/redemption/redeem",
                "{\"redemptionCode\":\"" + DemoPasses.WALKIN_EPASS + "\",\"reason\":\"guest unhappy\"}", KEY, null);
        assertEquals(200, undo.status(), undo.body());
        assertEquals(1, undo.json().get("pass").get("entitlementsLeft").asInt());
        JsonNode order = client.get("/orders/" + undo.json().get("orderId").asText(), KEY).data();
        assertEquals(3, order.get("status").asInt());
        assertEquals("guest unhappy", order.get("cancelReason").asText());
        assertEquals(200, redeemOnce(DemoPasses.WALKIN_EPASS, 0).status());
    }

    @Test
    void anEpassRedeemAnswersRedeemedAndALaterLookupStillShowsTheVisitsLeft() {
        SandboxClient.Answer a = redeemOnce(DemoPasses.WALKIN_EPASS, 1);
        assertEquals(200, a.status(), a.body());
        assertEquals("REDEEMED", a.json().get("status").asText());
        assertEquals("REDEEMED", a.json().get("unitItems").get(0).get("status").asText());
        assertFalse(a.json().get("utcRedeemedAt").isNull());
        assertEquals(2, a.json().get("pass").get("entitlementsLeft").asInt());
        JsonNode later = lookupOne(DemoPasses.WALKIN_EPASS);
        assertEquals("CONFIRMED", later.get("status").asText());
        assertTrue(later.get("redeemable").asBoolean());
        assertEquals(2, later.get("pass").get("entitlementsLeft").asInt());
    }

    @Test
    void redeemingTwoBookingsOfAPackageMakesOneOrderCountingBothTravellers() {
        String json = "{\"redemptionCode\":[\"" + DemoPasses.PACKAGE_CODES.get(0) + "\",\"" + DemoPasses.PACKAGE_CODES.get(2)
                + "\"]}";
        SandboxClient.Answer a = client.redeem(KEY, json);
        assertEquals(200, a.status(), a.body());
        JsonNode passengers = client.get("/orders/" + a.json().get(0).get("orderId").asText(), KEY).data()
                .get("passengers");
        assertEquals(1, passengers.get("cardholder").asInt());
        assertEquals(1, passengers.get("guests").asInt());
        assertEquals("adult", a.json().get(0).get("unitItems").get(0).get("unitId").asText());
        assertEquals("child", a.json().get(1).get("unitItems").get(0).get("unitId").asText());
    }

    @Test
    void guestsMustBeAWholeNumberWithinWhatThePassAllows() {
        String code = "\"redemptionCode\":\"" + DemoPasses.WALKIN_EPASS + "\"";
        assertEquals("BAD_REQUEST", client.redeem(KEY, "{" + code + ",\"guests\":-1}").json().get("error").asText());
        assertEquals("BAD_REQUEST", client.redeem(KEY, "{" + code + ",\"guests\":1.5}").json().get("error").asText());
        assertEquals("BAD_REQUEST", client.redeem(KEY, "{" + code + ",\"guests\":\"2\"}").json().get("error").asText());
        assertEquals("UNPROCESSABLE_ENTITY", client.redeem(KEY, "{" + code + ",\"guests\":3}").json().get("error").asText());
        assertEquals("UNPROCESSABLE_ENTITY",
                client.redeem(KEY, "{" + code + ",\"guests\":99999999999999999999999}").json().get("error").asText());
        assertEquals(3, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY)
                .json().get(0).get("pass").get("entitlementsLeft").asInt());
        SandboxClient.Answer two = client.redeem(KEY, "{" + code + ",\"guests\":2}");
        assertEquals(200, two.status());
        assertEquals(2, client.get("/orders/" + two.json().get("orderId").asText(), KEY).data()
                .get("passengers").get("guests").asInt());
    }

    @Test
    void expiredSpentPendingAndFailedPassesAreRefusedWithTheirReason() {
        assertEquals("UNPROCESSABLE_ENTITY", redeemOnce(DemoPasses.EXPIRED_EPASS, 0).json().get("error").asText());
        assertEquals("ALREADY_REDEEMED", redeemOnce(DemoPasses.SPENT_EPASS, 0).json().get("error").asText());
        assertEquals("UNPROCESSABLE_ENTITY", redeemOnce(DemoPasses.PREBOOKING_PENDING, 0).json().get("error").asText());
        assertEquals("UNPROCESSABLE_ENTITY", redeemOnce(DemoPasses.PREBOOKING_FAILED, 0).json().get("error").asText());
        assertEquals("INVALID_REDEMPTION_CODE", redeemOnce("NOPE-0001", 0).json().get("error").asText());
        assertEquals("INVALID_REDEMPTION_CODE", redeemOnce(DemoPasses.PARTNER_EPASS, 0).json().get("error").asText());
        assertEquals("EXPIRED", lookupOne(DemoPasses.EXPIRED_EPASS).get("unredeemableReasonCode").asText());
        assertEquals("PENDING_CONFIRMATION", lookupOne(DemoPasses.PREBOOKING_PENDING).get("unredeemableReasonCode").asText());
        assertEquals("FAILED", lookupOne(DemoPasses.PREBOOKING_FAILED).get("unredeemableReasonCode").asText());
    }

    @Test
    void aConfirmedPrebookingRedeemsByMovingItsOrderToUsed() {
        JsonNode item = lookupOne(DemoPasses.PREBOOKING_CONFIRMED);
        assertEquals(DemoPasses.PREBOOKING_CONFIRMED_ORDER, item.get("pass").get("orderId").asText());
        SandboxClient.Answer a = redeemOnce(DemoPasses.PREBOOKING_CONFIRMED, 0);
        assertEquals(200, a.status(), a.body());
        assertEquals("REDEEMED", a.json().get("status").asText());
        assertEquals(DemoPasses.PREBOOKING_CONFIRMED_ORDER, a.json().get("orderId").asText());
        JsonNode order = client.get("/orders/" + DemoPasses.PREBOOKING_CONFIRMED_ORDER, KEY).data();
        assertEquals(2, order.get("status").asInt());
        assertEquals(2, order.get("revision").asInt());
        SandboxClient.Answer undo = client.octo("DELETE", "/octo/redemption/redeem",
                "{\"redemptionCode\":\"" + DemoPasses.PREBOOKING_CONFIRMED + "\",\"orderId\":\""
                        + DemoPasses.PREBOOKING_CONFIRMED_ORDER + "\",\"reason\":\"x\"}", KEY, null);
        assertEquals("NOT_CANCELLABLE", undo.json().get("error").asText());
    }

    @Test
    void unredeemOutsideTheWindowOrWithNothingToCancelIsNotCancellable() {
        SandboxClient.Answer old = client.octo("DELETE", "/octo/redemption/redeem", "{\"redemptionCode\":\""
                + DemoPasses.SPENT_EPASS + "\",\"reason\":\"late\"}", KEY, null);
        assertEquals("NOT_CANCELLABLE", old.json().get("error").asText());
        assertTrue(old.json().get("errorMessage").asText().contains("passed"));
        SandboxClient.Answer nothing = client.octo("DELETE", "/octo/redemption/redeem", "{\"redemptionCode\":\""
                + DemoPasses.PACKAGE_CODES.get(0) + "\",\"reason\":\"x\"}", KEY, null);
        assertEquals("NOT_CANCELLABLE", nothing.json().get("error").asText());
        SandboxClient.Answer noReason = client.octo("DELETE", "/octo/redemption/redeem", "{\"redemptionCode\":\""
                + DemoPasses.PACKAGE_CODES.get(0) + "\"}", KEY, null);
        assertEquals("BAD_REQUEST", noReason.json().get("error").asText());
    }

    @Test
    void validateRedeemsAValidBookingAndExplainsAnInvalidOne() {
        SandboxClient.Answer valid = client.octo("POST", "/octo/redemption/validate",
                "{\"redemptionCode\":\"" + DemoPasses.PACKAGE_CODES.get(0) + "\"}", KEY, null);
        assertEquals(200, valid.status(), valid.body());
        assertTrue(valid.json().get("valid").asBoolean());
        assertEquals("REDEEMED", valid.json().get("booking").get("status").asText());
        JsonNode orderId = valid.json().get("booking").get("orderId");
        assertTrue(orderId != null && orderId.isTextual() && !orderId.asText().isBlank(), valid.body());
        SandboxClient.Answer order = client.get("/orders/" + orderId.asText(), KEY);
        assertEquals(200, order.status(), "the validate made a usage order the feed serves: " + order.body());
        assertEquals(2, order.json().get("data").get("status").asInt(), "Used");
        SandboxClient.Answer again = client.octo("POST", "/octo/redemption/validate",
                "{\"redemptionCode\":\"" + DemoPasses.PACKAGE_CODES.get(0) + "\"}", KEY, null);
        assertFalse(again.json().get("valid").asBoolean());
        assertFalse(again.json().get("reason").asText().isBlank());
    }

    @Test
    void unknownOctoPathIs404InTheOctoErrorShape() {
        SandboxClient.Answer a = client.call(new Request.Builder().url(server.baseUrl() + "/octo/nothing").get().build());
        assertEquals(404, a.status());
        assertNotNull(a.json().get("error"));
        assertNotNull(a.json().get("errorMessage"));
    }

    private JsonNode lookupOne(String reference) {
        return client.octoGet("/octo/redemption/lookup?reference=" + reference, KEY).json().get(0);
    }
}
