package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class PlainOctoRedemptionTest extends PlainOctoTestBase {

    @Test
    void capabilitiesListOctoRedemptionAndNeedAKey() {
        SandboxClient.Answer a = client.octoGet(P + "/capabilities", KEY);
        assertEquals(200, a.status(), a.body());
        assertEquals("octo/redemption", a.json().get(0).get("id").asText());
        assertTrue(a.json().get(0).has("revision"));
        assertTrue(a.json().get(0).get("dependencies").isArray());
        assertEquals("octo/redemption", a.capabilities());
        assertEquals("UNAUTHORIZED", octoError(client.octoGet(P + "/capabilities", null)));
    }

    @Test
    void credentialsTellWhichKeyOwnsABookingATicketOrAPackageWithoutAuth() {
        String keys = ",\"apiKeys\":[\"unknown\",\"" + KEY + "\",\"" + PARTNER + "\"]}";
        for (String ref : List.of(OctoDemoBookings.FAMILY, OctoDemoBookings.FAMILY_TICKETS.get(2), OctoDemoBookings.PACKAGE)) {
            SandboxClient.Answer a = client.post(P + "/redemption/credentials", "{\"reference\":\"" + ref + "\"" + keys, null, null);
            assertEquals(200, a.status(), a.body());
            assertEquals(KEY, a.json().get("apiKey").asText());
        }
        assertEquals(PARTNER, client.post(P + "/redemption/credentials", "{\"reference\":\"" + OctoDemoBookings.PARTNER
                + "\"" + keys, null, null).json().get("apiKey").asText());
        assertTrue(client.post(P + "/redemption/credentials", "{\"reference\":\"NOPE-1\"" + keys, null, null)
                .json().get("apiKey").isNull());
        assertEquals("BAD_REQUEST", octoError(client.post(P + "/redemption/credentials",
                "{\"reference\":\"NOPE-1\",\"apiKeys\":[],\"desk\":\"x\"}", null, null)));
    }

    @Test
    void aFamilyBookingLooksUpAsAPlainOctoBookingWithItsThreeUnitItems() {
        JsonNode items = lookup(OctoDemoBookings.FAMILY);
        assertEquals(1, items.size());
        JsonNode b = items.get(0);
        assertEquals(OctoDemoBookings.FAMILY, b.get("redemptionCode").asText());
        assertTrue(b.get("redeemable").asBoolean());
        assertTrue(b.get("unredeemableReason").isNull());
        assertTrue(b.get("unredeemableReasonCode").isNull());
        assertFalse(b.has("pass"), "no pass object on a plain supplier");
        assertFalse(b.has("orderId"), "no orderId on a plain supplier");
        for (String field : List.of("id", "uuid", "testMode", "supplierReference", "resellerReference", "status",
                "utcCreatedAt", "utcUpdatedAt", "utcRedeemedAt", "utcConfirmedAt", "productId", "optionId",
                "cancellable", "availability", "contact", "voucher", "unitItems")) {
            assertTrue(b.has(field), field);
        }
        assertEquals("CONFIRMED", b.get("status").asText());
        assertEquals(OctoDemoBookings.FAMILY_RESELLER_REFERENCE, b.get("resellerReference").asText());
        assertTrue(b.get("availability").get("localDateTimeStart").asText().startsWith(today() + "T"));
        assertEquals(OctoDemoBookings.FAMILY, qr(b.get("voucher")));
        JsonNode units = b.get("unitItems");
        assertEquals(List.of("ADULT", "ADULT", "CHILD"), List.of(units.get(0).get("unitId").asText(),
                units.get(1).get("unitId").asText(), units.get(2).get("unitId").asText()));
        for (int i = 0; i < 3; i++) {
            assertEquals(OctoDemoBookings.FAMILY_TICKETS.get(i), qr(units.get(i).get("ticket")));
            assertEquals("CONFIRMED", units.get(i).get("status").asText());
            assertNotEquals(b.get("uuid").asText(), units.get(i).get("uuid").asText());
        }
    }

    private static String qr(JsonNode ticket) {
        JsonNode option = ticket.get("deliveryOptions").get(0);
        assertEquals("QRCODE", option.get("deliveryFormat").asText());
        return option.get("deliveryValue").asText();
    }

    @Test
    void aPackageAnswersBothBookingsATicketAnswersItsBookingAndUnknownOrForeignAnswerNothing() {
        JsonNode pkg = lookup(OctoDemoBookings.PACKAGE);
        assertEquals(2, pkg.size());
        assertEquals(OctoDemoBookings.PACKAGE_BOOKINGS.get(0), pkg.get(0).get("redemptionCode").asText());
        assertEquals(OctoDemoBookings.PACKAGE_BOOKINGS.get(1), pkg.get(1).get("redemptionCode").asText());
        assertEquals("INFANT", pkg.get(0).get("unitItems").get(1).get("unitId").asText());
        JsonNode ticket = lookup(OctoDemoBookings.FAMILY_TICKETS.get(2));
        assertEquals(1, ticket.size());
        assertEquals(OctoDemoBookings.FAMILY, ticket.get(0).get("supplierReference").asText());
        assertEquals(OctoDemoBookings.FAMILY_TICKETS.get(2), ticket.get(0).get("redemptionCode").asText());
        assertEquals(3, ticket.get(0).get("unitItems").size());
        assertEquals(0, lookup("UNKNOWN-42").size());
        assertEquals(0, lookup(OctoDemoBookings.PARTNER).size());
        assertEquals(1, client.octoGet(P + "/redemption/lookup?reference=" + OctoDemoBookings.PARTNER, PARTNER).json().size());
    }

    @Test
    void usedCancelledNoshowAndPendingBookingsSayWhyTheyCannotBeRedeemed() {
        assertEquals("ALREADY_REDEEMED", lookup(OctoDemoBookings.USED).get(0).get("unredeemableReasonCode").asText());
        assertEquals("REDEEMED", lookup(OctoDemoBookings.USED).get(0).get("status").asText());
        assertEquals("CANCELLED", lookup(OctoDemoBookings.CANCELLED).get(0).get("unredeemableReasonCode").asText());
        JsonNode noshow = lookup(OctoDemoBookings.NOSHOW).get(0);
        assertEquals("NOSHOW", noshow.get("status").asText());
        assertFalse(noshow.get("redeemable").asBoolean());
        assertEquals("PENDING", lookup(OctoDemoBookings.PENDING).get(0).get("unredeemableReasonCode").asText());
        for (String ref : List.of(OctoDemoBookings.USED, OctoDemoBookings.CANCELLED, OctoDemoBookings.NOSHOW,
                OctoDemoBookings.PENDING)) {
            assertEquals("UNPROCESSABLE_ENTITY", octoError(redeemCode(ref)), ref);
        }
    }

    @Test
    void theBookingCodeRedeemsEveryUnitItemAndASecondRedeemIsUnprocessable() {
        SandboxClient.Answer first = redeemCode(OctoDemoBookings.FAMILY);
        assertEquals(200, first.status(), first.body());
        assertEquals("REDEEMED", first.json().get("status").asText());
        assertFalse(first.json().get("utcRedeemedAt").isNull());
        assertFalse(first.json().has("orderId"));
        assertFalse(first.json().has("pass"));
        for (JsonNode unit : first.json().get("unitItems")) {
            assertEquals("REDEEMED", unit.get("status").asText());
            assertFalse(unit.get("utcRedeemedAt").isNull());
        }
        SandboxClient.Answer second = redeemCode(OctoDemoBookings.FAMILY);
        assertEquals("UNPROCESSABLE_ENTITY", octoError(second));
        assertEquals(2, second.json().size(), "exactly error and errorMessage: " + second.body());
        assertEquals("UNPROCESSABLE_ENTITY", octoError(redeemCode(OctoDemoBookings.FAMILY_TICKETS.get(0))));
    }

    @Test
    void aTicketRedeemsItsOwnUnitItemAndTheBookingIsRedeemedOnceAllAre() {
        SandboxClient.Answer child = redeemCode(OctoDemoBookings.FAMILY_TICKETS.get(2));
        assertEquals(200, child.status(), child.body());
        assertEquals("CONFIRMED", child.json().get("status").asText());
        assertTrue(child.json().get("utcRedeemedAt").isNull());
        assertEquals("CONFIRMED", child.json().get("unitItems").get(0).get("status").asText());
        assertEquals("REDEEMED", child.json().get("unitItems").get(2).get("status").asText());
        assertFalse(child.json().get("unitItems").get(2).get("ticket").get("utcRedeemedAt").isNull());
        assertFalse(lookup(OctoDemoBookings.FAMILY_TICKETS.get(2)).get(0).get("redeemable").asBoolean());
        assertTrue(lookup(OctoDemoBookings.FAMILY_TICKETS.get(0)).get(0).get("redeemable").asBoolean());
        assertTrue(lookup(OctoDemoBookings.FAMILY).get(0).get("redeemable").asBoolean());
        SandboxClient.Answer rest = redeemCode(OctoDemoBookings.FAMILY);
        assertEquals(200, rest.status(), rest.body());
        assertEquals("REDEEMED", rest.json().get("status").asText());
        assertFalse(rest.json().get("utcRedeemedAt").isNull());
        assertEquals(child.json().get("unitItems").get(2).get("utcRedeemedAt"), rest.json().get("unitItems").get(2)
                .get("utcRedeemedAt"), "the child's ticket keeps its own redemption time");
    }

    @Test
    void anArrayRedeemsBothBookingsOfAPackageOrNothing() {
        String both = "{\"redemptionCode\":[\"" + OctoDemoBookings.PACKAGE_BOOKINGS.get(0) + "\",\""
                + OctoDemoBookings.PACKAGE_BOOKINGS.get(1) + "\"]}";
        String withUsed = "{\"redemptionCode\":[\"" + OctoDemoBookings.SOLO + "\",\"" + OctoDemoBookings.USED + "\"]}";
        assertEquals("UNPROCESSABLE_ENTITY", octoError(redeem(withUsed)));
        assertTrue(lookup(OctoDemoBookings.SOLO).get(0).get("redeemable").asBoolean(), "nothing redeemed");
        SandboxClient.Answer a = redeem(both);
        assertEquals(200, a.status(), a.body());
        assertTrue(a.json().isArray());
        assertEquals(2, a.json().size());
        assertEquals("REDEEMED", a.json().get(0).get("status").asText());
        assertEquals("REDEEMED", a.json().get(1).get("status").asText());
        String bookingAndItsTicket = "{\"redemptionCode\":[\"" + OctoDemoBookings.FAMILY + "\",\""
                + OctoDemoBookings.FAMILY_TICKETS.get(0) + "\"]}";
        assertEquals("UNPROCESSABLE_ENTITY", octoError(redeem(bookingAndItsTicket)));
        assertEquals("CONFIRMED", lookup(OctoDemoBookings.FAMILY).get(0).get("unitItems").get(0).get("status").asText());
    }

    @Test
    void fieldsAPlainSupplierDoesNotDefineAreRefusedAndRedeemNothing() {
        String code = "\"redemptionCode\":\"" + OctoDemoBookings.SOLO + "\"";
        assertEquals("BAD_REQUEST", octoError(redeem("{" + code + ",\"guests\":0}")));
        assertEquals("BAD_REQUEST", octoError(redeem("{" + code + ",\"orderId\":\"DP1\"}")));
        assertEquals("BAD_REQUEST", octoError(client.octo("DELETE", P + "/redemption/redeem", "{" + code
                + ",\"reason\":\"x\"}", KEY, null)));
        assertEquals("BAD_REQUEST", octoError(client.octo("POST", P + "/redemption/validate", "{" + code
                + ",\"guests\":1}", KEY, null)));
        assertEquals("BAD_REQUEST", octoError(client.octoGet(P + "/redemption/lookup?reference=X&guests=1", KEY)));
        assertTrue(lookup(OctoDemoBookings.SOLO).get(0).get("redeemable").asBoolean());
        assertEquals(200, redeem("{" + code + ",\"notes\":\"gate 3\"}").status());
        assertEquals("gate 3", lookup(OctoDemoBookings.SOLO).get(0).get("notes").asText());
    }

    @Test
    void anIdempotencyKeyIsIgnoredSoARepeatedRedeemIsUnprocessable() {
        String json = "{\"redemptionCode\":\"" + OctoDemoBookings.SOLO + "\"}";
        assertEquals(200, client.octo("POST", P + "/redemption/redeem", json, KEY, "key-1").status());
        assertEquals("UNPROCESSABLE_ENTITY", octoError(client.octo("POST", P + "/redemption/redeem", json, KEY, "key-1")));
    }

    @Test
    void unredeemPutsABookingOrOneTicketBackToConfirmed() {
        redeemCode(OctoDemoBookings.FAMILY);
        SandboxClient.Answer one = unredeem(OctoDemoBookings.FAMILY_TICKETS.get(1));
        assertEquals(200, one.status(), one.body());
        assertEquals("CONFIRMED", one.json().get("status").asText());
        assertTrue(one.json().get("utcRedeemedAt").isNull());
        assertEquals("REDEEMED", one.json().get("unitItems").get(0).get("status").asText());
        assertEquals("CONFIRMED", one.json().get("unitItems").get(1).get("status").asText());
        assertTrue(one.json().get("unitItems").get(1).get("utcRedeemedAt").isNull());
        SandboxClient.Answer all = unredeem(OctoDemoBookings.FAMILY);
        assertEquals(200, all.status(), all.body());
        for (JsonNode unit : all.json().get("unitItems")) {
            assertEquals("CONFIRMED", unit.get("status").asText());
        }
        assertEquals("UNPROCESSABLE_ENTITY", octoError(unredeem(OctoDemoBookings.FAMILY)));
        assertEquals("UNPROCESSABLE_ENTITY", octoError(unredeem(OctoDemoBookings.CANCELLED)));
        assertEquals(200, redeemCode(OctoDemoBookings.FAMILY).status(), "redeemable again");
    }

    @Test
    void validateAnswersTheBookingRedeemedNeverOurValidShape() {
        SandboxClient.Answer a = client.octo("POST", P + "/redemption/validate",
                "{\"redemptionCode\":\"" + OctoDemoBookings.SOLO + "\"}", KEY, null);
        assertEquals(200, a.status(), a.body());
        assertEquals("REDEEMED", a.json().get("status").asText());
        assertEquals(OctoDemoBookings.SOLO, a.json().get("supplierReference").asText());
        assertFalse(a.json().has("valid"));
        assertFalse(a.json().has("booking"));
        assertEquals("UNPROCESSABLE_ENTITY", octoError(client.octo("POST", P + "/redemption/validate",
                "{\"redemptionCode\":\"" + OctoDemoBookings.SOLO + "\"}", KEY, null)));
    }

    @Test
    void utcUpdatedAtMovesOnEveryChange() {
        List<String> seen = new ArrayList<>();
        seen.add(lookup(OctoDemoBookings.SOLO).get(0).get("utcUpdatedAt").asText());
        seen.add(redeemCode(OctoDemoBookings.SOLO).json().get("utcUpdatedAt").asText());
        seen.add(unredeem(OctoDemoBookings.SOLO).json().get("utcUpdatedAt").asText());
        seen.add(redeemCode(OctoDemoBookings.SOLO).json().get("utcUpdatedAt").asText());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).compareTo(seen.get(i - 1)) > 0, seen.toString());
        }
    }

    @Test
    void everyRefusalIsAnOctoErrorWithHttp400() {
        String lookupPath = P + "/redemption/lookup?reference=" + OctoDemoBookings.SOLO;
        assertEquals("UNAUTHORIZED", octoError(client.octoGet(lookupPath, null)));
        assertEquals("UNAUTHORIZED", octoError(client.octoGet(lookupPath, "not-a-key")));
        assertEquals("FORBIDDEN", octoError(client.get(lookupPath, KEY)));
        assertEquals("BAD_REQUEST", octoError(redeemCode("NOPE-0001")));
        assertEquals("BAD_REQUEST", octoError(redeemCode(OctoDemoBookings.PARTNER)));
        assertEquals("BAD_REQUEST", octoError(redeem("{not json")));
        assertEquals("BAD_REQUEST", octoError(redeem("{\"redemptionCode\":42}")));
        assertEquals("BAD_REQUEST", octoError(redeem("{\"redemptionCode\":[\"" + OctoDemoBookings.SOLO + "\",\""
                + OctoDemoBookings.SOLO + "\"]}")));
        SandboxClient.Answer ok = client.octoGet(lookupPath, KEY);
        assertEquals("octo/redemption", ok.capabilities());
        assertNull(client.call(new Request.Builder().url(server.baseUrl() + lookupPath)
                .header("Authorization", "Bearer " + KEY).build()).capabilities());
    }
}
