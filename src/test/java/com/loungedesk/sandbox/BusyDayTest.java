package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A preloaded busy day looks, over HTTP, exactly like walk-ins redeemed at desks. */
class BusyDayTest extends SandboxTestBase {

    @Test
    void preloadedWalkInsAreUsedOrdersOfThatSupplierAndUseTheirPassesUp() {
        List<String> ids = server.preloadWalkIns(KEY, 250);
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
    void anUnknownKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> server.preloadWalkIns("no-such-key", 1));
        assertTrue(server.preloadWalkIns(KEY, 0).isEmpty());
    }
}
