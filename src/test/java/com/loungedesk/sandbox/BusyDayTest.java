package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A preloaded busy day looks, over HTTP, exactly like walk-ins redeemed at desks. */
class BusyDayTest extends SandboxTestBase {

    @Test
    void preloadedWalkInsAreUsedOrdersOfThatSupplierAndUseTheirPassesUp() {
        JsonNode made = client.post("/sandbox/simulate/busy-day", "{\"orders\":250}", KEY, null).data().get("orderIds");
        List<String> ids = new java.util.ArrayList<>();
        made.forEach(id -> ids.add(id.asText()));
        assertEquals(250, ids.size());
        assertEquals(250, new HashSet<>(ids).size(), "each order id once");

        Set<String> listed = new HashSet<>();
        Set<String> references = new HashSet<>();
        String cursor = null;
        do {
            JsonNode data = client.get("/orders?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), KEY).data();
            for (JsonNode o : data.get("orders")) {
                if (ids.contains(o.get("orderId").asText())) {
                    listed.add(o.get("orderId").asText());
                    assertEquals(2, o.get("status").asInt(), "a walk-in is born Used");
                    references.add(o.get("bookingReference").asText());
                }
            }
            cursor = data.get("nextCursor").isNull() ? null : data.get("nextCursor").asText();
        } while (cursor != null);
        assertEquals(Set.copyOf(ids), listed, "every preloaded order is in the supplier's feed");
        assertEquals(3, references.size(), "passes of 100, 100 and 50 visits");

        for (String reference : references) {
            JsonNode booking = client.octoGet("/octo/redemption/lookup?reference=" + reference, KEY).json().get(0);
            assertEquals(0, booking.get("pass").get("entitlementsLeft").asInt(), reference + " is used up");
            assertEquals("NO_ENTITLEMENTS_LEFT", booking.get("unredeemableReasonCode").asText());
            assertEquals("ALREADY_REDEEMED", redeemOnce(reference, 0).json().get("error").asText(),
                    "a used-up pass refuses one more visit");
        }
        assertEquals(0, client.get("/orders", PARTNER).data().get("orders").size(), "the partner sees none of them");
    }

    @Test
    void aBusyDayNeedsAKeyAndASensibleCount() {
        assertEquals(401, client.post("/sandbox/simulate/busy-day", "{\"orders\":5}", "no-such-key", null).status());
        SandboxClient.Answer none = client.post("/sandbox/simulate/busy-day", "{\"orders\":0}", KEY, null);
        assertEquals(400, none.status(), none.body());
        SandboxClient.Answer tooMany = client.post("/sandbox/simulate/busy-day", "{\"orders\":50001}", KEY, null);
        assertEquals(400, tooMany.status(), tooMany.body());
        assertEquals(5, client.get("/orders?limit=500", KEY).data().get("orders").size(), "only the 5 seeded orders");
    }
}
