package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a plain OCTO supplier sandbox serves, and what it does not: only its prefix and /sandbox. */
class PlainOctoSurfaceTest extends PlainOctoTestBase {

    @Test
    void pathsOutsideThePrefixAndOurContractsExtrasAreNotServed() {
        for (String path : List.of("/orders", "/orders/DP00000000000001", "/push/events", P + "/orders",
                "/octo/redemption/lookup?reference=X", "/.well-known/jwks.json", "/sandbox/passes", "/sandbox/deliveries",
                P + "/redemption/nothing", P + "/products")) {
            SandboxClient.Answer a = client.octoGet(path, KEY);
            assertEquals(404, a.status(), path + " " + a.body());
            assertTrue(a.json().hasNonNull("error") && a.json().hasNonNull("errorMessage"), a.body());
        }
        assertEquals(404, client.post("/orders/DP00000000000001/cancel", "{\"reason\":\"x\"}", KEY, null).status());
        assertEquals(404, client.post("/sandbox/simulate/walkin", "{\"reference\":\"x\"}", KEY, null).status());
        SandboxClient.Answer huge = client.octo("POST", P + "/redemption/redeem", "{\"notes\":\"" + "x".repeat(70_000)
                + "\"}", KEY, null);
        assertEquals(413, huge.status());
        assertEquals("BAD_REQUEST", huge.json().get("error").asText());
    }

    @Test
    void aBookingMadeOnDemandIsTodaysWithItsAdultsChildrenAndInfants() {
        SandboxClient.Answer made = client.post("/sandbox/bookings", "{\"adults\":2,\"children\":1,\"infants\":1,"
                + "\"resellerReference\":\"RES-42\"}", KEY, null);
        assertEquals(200, made.status(), made.body());
        JsonNode b = made.json();
        assertEquals("CONFIRMED", b.get("status").asText());
        assertEquals("RES-42", b.get("resellerReference").asText());
        assertTrue(b.get("availability").get("localDateTimeStart").asText().startsWith(today()));
        JsonNode units = b.get("unitItems");
        assertEquals(4, units.size());
        assertEquals("ADULT", units.get(1).get("unitId").asText());
        assertEquals("CHILD", units.get(2).get("unitId").asText());
        assertEquals("INFANT", units.get(3).get("unitId").asText());
        String code = b.get("supplierReference").asText();
        assertEquals(code, lookup(code).get(0).get("redemptionCode").asText());
        assertEquals(200, redeemCode(units.get(2).get("ticket").get("deliveryOptions").get(0).get("deliveryValue").asText())
                .status());
        assertEquals("BAD_REQUEST", octoError(client.post("/sandbox/bookings", "{\"adults\":0}", KEY, null)));
        assertEquals("BAD_REQUEST", octoError(client.post("/sandbox/bookings", "{\"guests\":1}", KEY, null)));
        assertEquals("BAD_REQUEST", octoError(client.post("/sandbox/bookings", "{\"children\":21}", KEY, null)));
        assertEquals(200, client.post("/sandbox/bookings", "{\"adults\":20,\"children\":20,\"infants\":20}", KEY, null)
                .status());
        assertEquals("UNAUTHORIZED", octoError(client.post("/sandbox/bookings", "{}", null, null)));
    }

    @Test
    void redeemedElsewhereAndCancelledElsewhereChangeTheBookingADeskThenSees() {
        String uuid = lookup(OctoDemoBookings.SOLO).get(0).get("uuid").asText();
        SandboxClient.Answer used = client.post("/sandbox/simulate/redeemed/" + uuid, "", KEY, null);
        assertEquals(200, used.status(), used.body());
        assertEquals("REDEEMED", booking(uuid).get("status").asText());
        assertEquals("UNPROCESSABLE_ENTITY", octoError(redeemCode(OctoDemoBookings.SOLO)));
        SandboxClient.Answer cancelled = client.post("/sandbox/simulate/cancelled/" + OctoDemoBookings.FAMILY,
                "{\"reason\":\"weather\"}", KEY, null);
        assertEquals(200, cancelled.status(), cancelled.body());
        JsonNode family = lookup(OctoDemoBookings.FAMILY).get(0);
        assertEquals("CANCELLED", family.get("status").asText());
        assertEquals("weather", family.get("cancellation").get("reason").asText());
        assertFalse(family.get("redeemable").asBoolean());
        assertEquals("INVALID_BOOKING_UUID", octoError(client.post("/sandbox/simulate/cancelled/nope", "", KEY, null)));
        assertEquals("INVALID_BOOKING_UUID", octoError(client.post("/sandbox/simulate/redeemed/" + OctoDemoBookings.PARTNER,
                "", KEY, null)));
    }

    @Test
    void aStatusSetElsewhereShowsAndDecidesWhetherTheBookingRedeems() {
        for (String status : List.of("ON_HOLD", "EXPIRED", "REJECTED", "UPGRADED")) {
            SandboxClient.Answer a = client.post("/sandbox/simulate/status/" + OctoDemoBookings.SOLO,
                    "{\"status\":\"" + status + "\"}", KEY, null);
            assertEquals(200, a.status(), a.body());
            assertEquals(status, lookup(OctoDemoBookings.SOLO).get(0).get("status").asText());
            assertEquals(status, lookup(OctoDemoBookings.SOLO).get(0).get("unredeemableReasonCode").asText());
            assertEquals("UNPROCESSABLE_ENTITY", octoError(redeemCode(OctoDemoBookings.SOLO)));
        }
        assertEquals(200, client.post("/sandbox/simulate/status/" + OctoDemoBookings.PENDING, "{\"status\":\"CONFIRMED\"}",
                KEY, null).status());
        JsonNode confirmed = lookup(OctoDemoBookings.PENDING).get(0);
        assertFalse(confirmed.get("utcConfirmedAt").isNull());
        assertEquals(200, redeemCode(OctoDemoBookings.PENDING).status());
        assertEquals("BAD_REQUEST", octoError(client.post("/sandbox/simulate/status/" + OctoDemoBookings.SOLO,
                "{\"status\":\"REDEEMED\"}", KEY, null)));
        assertEquals("UNPROCESSABLE_ENTITY", octoError(client.post("/sandbox/simulate/status/" + OctoDemoBookings.USED,
                "{\"status\":\"NOSHOW\"}", KEY, null)));
    }

    @Test
    void resetRestoresTheDemoBookingsAndDropsTheOnesMadeSince() {
        redeemCode(OctoDemoBookings.FAMILY);
        String made = client.post("/sandbox/bookings", "{}", KEY, null).json().get("supplierReference").asText();
        SandboxClient.Answer reset = client.post("/sandbox/reset", "", KEY, null);
        assertEquals(200, reset.status(), reset.body());
        assertEquals(OctoDemoBookings.ALL.size(), reset.json().get("references").size());
        assertTrue(lookup(OctoDemoBookings.FAMILY).get(0).get("redeemable").asBoolean());
        assertEquals(0, lookup(made).size());
    }

    @Test
    void theDefaultPrefixIsOctoAndAPrefixMustBeAPath() throws Exception {
        try (SandboxServer ventrata = SandboxServer.start(SandboxConfig.of(dir.resolve("v.db"))
                .withType(SandboxType.OCTO, null))) {
            SandboxClient other = new SandboxClient(ventrata.baseUrl());
            assertEquals(ventrata.baseUrl() + "/octo", ventrata.octoBaseUrl());
            assertEquals(200, other.octoGet("/octo/redemption/lookup?reference=" + OctoDemoBookings.FAMILY, KEY).status());
            assertEquals(404, other.octoGet("/octo/v1/redemption/lookup?reference=" + OctoDemoBookings.FAMILY, KEY).status());
            other.http.dispatcher().executorService().shutdown();
        }
        assertEquals("/octo/v1", SandboxConfig.of(dir.resolve("x.db")).withType(SandboxType.OCTO, "/octo/v1/").octoPrefix());
        for (String bad : List.of("", "/", "octo", "/octo v1", "/octo//v1", "/sandbox", "/sandbox/octo")) {
            assertThrows(IllegalArgumentException.class,
                    () -> SandboxConfig.of(dir.resolve("x.db")).withType(SandboxType.OCTO, bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> SandboxType.parse("dragonpass"));
        assertEquals(SandboxType.OCTO, SandboxType.parse("OCTO"));
    }

    @Test
    void aLaterStartMovesTheDemoBookingsToItsOwnTodayAndKeepsCreatedOnes() throws Exception {
        String made = client.post("/sandbox/bookings", "{}", KEY, null).json().get("supplierReference").asText();
        stopSandbox();
        String db = dir.resolve("sandbox.db").toAbsolutePath().toString();
        String lastWeek = LocalDate.now().minusDays(7).toString();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE octo_bookings SET local_date = date(local_date, '-7 days') WHERE demo = 1");
            st.executeUpdate("UPDATE meta SET value = '" + lastWeek + "' WHERE key = 'octo_seeded'");
        }
        startSandbox();
        JsonNode today = client.octoGet(P + "/bookings?localDate=" + today(), KEY).json();
        assertEquals(9, today.size(), "8 demo bookings of today and the one made");
        assertEquals(made, lookup(made).get(0).get("supplierReference").asText());
        assertEquals("REDEEMED", lookup(OctoDemoBookings.USED).get(0).get("status").asText());
    }

    @Test
    void theCommandPrintsTheListeningLineAndTheSuppliersBaseUrl() throws Exception {
        stopSandbox();
        try (ForkedSandbox forked = new ForkedSandbox(dir.resolve("forked.db"), dir.resolve("forked.err"),
                "--type", "octo", "--prefix", "/octo/v1")) {
            String expected = "plain OCTO supplier: base URL " + forked.baseUrl + "/octo/v1";
            for (int i = 0; i < 600 && !forked.stdoutLines.contains(expected); i++) {
                Thread.sleep(100);
            }
            assertEquals(List.of("listening on " + forked.baseUrl, expected), forked.stdoutLines);
            SandboxClient viaCommand = new SandboxClient(forked.baseUrl);
            assertEquals(3, viaCommand.octoGet("/octo/v1/redemption/lookup?reference=" + OctoDemoBookings.FAMILY, KEY)
                    .json().get(0).get("unitItems").size());
            viaCommand.http.dispatcher().executorService().shutdown();
            assertEquals(143, forked.stop(), "SIGTERM stops it (128 + 15), as the loungedesk type");
        }
    }
}
