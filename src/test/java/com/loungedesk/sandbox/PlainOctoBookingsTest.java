package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlainOctoBookingsTest extends PlainOctoTestBase {

    private JsonNode bookings(String query) {
        SandboxClient.Answer a = client.octoGet(P + "/bookings?" + query, KEY);
        assertEquals(200, a.status(), a.body());
        assertTrue(a.json().isArray());
        return a.json();
    }

    private static Set<String> references(JsonNode bookings) {
        Set<String> refs = new HashSet<>();
        bookings.forEach(b -> refs.add(b.get("supplierReference").asText()));
        return refs;
    }

    @Test
    void localDateAnswersTodaysBookingsOfThisKeyOnly() {
        Set<String> today = references(bookings("localDate=" + today()));
        assertEquals(Set.of(OctoDemoBookings.FAMILY, OctoDemoBookings.SOLO, OctoDemoBookings.USED,
                OctoDemoBookings.CANCELLED, OctoDemoBookings.NOSHOW, OctoDemoBookings.PENDING,
                OctoDemoBookings.PACKAGE_BOOKINGS.get(0), OctoDemoBookings.PACKAGE_BOOKINGS.get(1)), today);
        String yesterday = LocalDate.now().minusDays(1).toString();
        assertEquals(Set.of(OctoDemoBookings.YESTERDAY), references(bookings("localDate=" + yesterday)));
        assertEquals(9, bookings("localDateStart=" + yesterday + "&localDateEnd=" + today()).size());
        assertEquals(0, bookings("localDate=" + LocalDate.now().plusDays(1)).size());
        JsonNode partner = client.octoGet(P + "/bookings?localDate=" + today(), PARTNER).json();
        assertEquals(Set.of(OctoDemoBookings.PARTNER), references(partner));
    }

    @Test
    void referenceProductAndOptionFiltersNarrowTheList() {
        assertEquals(Set.of(OctoDemoBookings.FAMILY), references(bookings("supplierReference=" + OctoDemoBookings.FAMILY)));
        assertEquals(Set.copyOf(OctoDemoBookings.PACKAGE_BOOKINGS),
                references(bookings("resellerReference=" + OctoDemoBookings.PACKAGE_RESELLER_REFERENCE)));
        assertEquals(Set.of(OctoDemoBookings.SOLO), references(bookings("localDate=" + today() + "&productId="
                + OctoDemoBookings.FAST_TRACK_PRODUCT)));
        assertEquals(Set.of(OctoDemoBookings.FAMILY), references(bookings("localDate=" + today() + "&optionId="
                + OctoDemoBookings.FAMILY_OPTION)));
        assertEquals(0, bookings("supplierReference=" + OctoDemoBookings.FAMILY + "&productId="
                + OctoDemoBookings.FAST_TRACK_PRODUCT).size());
    }

    @Test
    void aListWithoutARequiredFilterOrWithAnUnknownOneIsABadRequest() {
        assertEquals("BAD_REQUEST", octoError(client.octoGet(P + "/bookings", KEY)));
        assertEquals("BAD_REQUEST", octoError(client.octoGet(P + "/bookings?productId=" + OctoDemoBookings.LOUNGE_PRODUCT, KEY)));
        assertEquals("BAD_REQUEST", octoError(client.octoGet(P + "/bookings?localDateStart=" + today(), KEY)));
        assertEquals("BAD_REQUEST", octoError(client.octoGet(P + "/bookings?localDate=07/12/2026", KEY)));
        assertEquals("BAD_REQUEST", octoError(client.octoGet(P + "/bookings?localDate=" + today()
                + "&updatedSince=2026-01-01T00:00:00Z", KEY)));
        assertEquals("BAD_REQUEST", octoError(client.octoGet(P + "/bookings?localDate=" + today() + "&limit=10", KEY)));
        assertEquals("UNAUTHORIZED", octoError(client.octoGet(P + "/bookings?localDate=" + today(), null)));
    }

    @Test
    void aDayWithMoreThanAHundredBookingsAnswersTheFirstHundredOnly() {
        for (int i = 0; i < 95; i++) {
            assertEquals(200, client.post("/sandbox/bookings", "{\"adults\":1}", KEY, null).status());
        }
        assertEquals(BookingsRoutes.MAX_RESULTS, bookings("localDate=" + today()).size());
        assertEquals(BookingsRoutes.MAX_RESULTS, 100);
    }

    @Test
    void oneBookingByUuidAndAnUnknownOrForeignUuidIsInvalidBookingUuid() {
        JsonNode family = lookup(OctoDemoBookings.FAMILY).get(0);
        String uuid = family.get("uuid").asText();
        JsonNode one = booking(uuid);
        assertEquals(OctoDemoBookings.FAMILY, one.get("supplierReference").asText());
        assertEquals(3, one.get("unitItems").size());
        assertTrue(!one.has("redemptionCode") && !one.has("pass"));
        SandboxClient.Answer unknown = client.octoGet(P + "/bookings/00000000-0000-0000-0000-000000000000", KEY);
        assertEquals("INVALID_BOOKING_UUID", octoError(unknown));
        assertEquals("00000000-0000-0000-0000-000000000000", unknown.json().get("uuid").asText());
        String partnerUuid = client.octoGet(P + "/redemption/lookup?reference=" + OctoDemoBookings.PARTNER, PARTNER)
                .json().get(0).get("uuid").asText();
        assertEquals("INVALID_BOOKING_UUID", octoError(client.octoGet(P + "/bookings/" + partnerUuid, KEY)));
    }
}
