package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.api.BackendType;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.orders.OrderCategory;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.orders.UsageOrder;
import com.loungedesk.redemption.CancelReason;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.PassBooking;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import com.loungedesk.sandbox.SandboxType;
import com.loungedesk.ui.testkit.SwitchableProxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's services (backend type auto) against the sandbox playing a plain OCTO supplier under
 * /octo/v1, through a proxy that records every request: the type is found by probing, the party is
 * chosen from the unit items, "already used" comes from the booking, status is polled from today's
 * bookings, undo un-redeems, and no request leaves the supplier's prefix.
 */
class OctoSupplierEndToEndTest {

    private static final DeskContext WHO = new DeskContext("desk-1", "ana", "Ana");
    private static final String FAMILY = "OCTO-FAMILY-2A1C";
    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private SwitchableProxy relay;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.of(dir.resolve("octo.db")).withType(SandboxType.OCTO, "/octo/v1"));
        relay = new SwitchableProxy(sandbox.baseUrl());
    }

    @AfterEach
    void stop() throws Exception {
        relay.close();
        sandbox.close();
    }

    private ClientServices open() throws Exception {
        String base = relay.url("/octo/v1");
        DeskSettings settings = DeskSettings.defaults().withBackend(base, DemoPasses.DEMO_KEYS);
        OrderTracker.Settings polling = new OrderTracker.Settings(Duration.ofHours(1), Duration.ofHours(1), 3, 1_000,
                null);
        return ClientServices.open(settings, base, dir.resolve("data"), dir.resolve("config"), polling);
    }

    @Test
    void aDeskFindsTheOctoSupplierAndDoesEverythingUnderItsPrefix() throws Exception {
        try (ClientServices desk = open()) {
            assertEquals(BackendType.OCTO, desk.backend().type());
            assertTrue(desk.backendFinding().contains("octo"), desk.backendFinding());
            assertFalse(desk.desk().validateOffered(), "a plain supplier's validate answer is not defined");

            LookupOutcome family = desk.desk().lookup(WHO, FAMILY, "typed");
            assertTrue(family.found(), String.valueOf(family.failure()));
            assertEquals(List.of(FAMILY + "-1", FAMILY + "-2", FAMILY + "-3"),
                    family.bookings().stream().map(PassBooking::redemptionCode).toList(), "one row per person");
            assertTrue(family.bookings().stream().allMatch(b -> b.guestsAllowed() == 0), "no guest stepper");

            Verdict two = desk.desk().redeem(WHO, family, List.of(FAMILY + "-1", FAMILY + "-3"), 0);
            assertEquals(VerdictKind.VALID, two.kind(), two.message());
            String uuid = two.orderId();
            assertTrue(uuid != null && !uuid.isBlank(), "the booking's uuid is the order id");

            Verdict again = desk.desk().redeem(WHO, family, List.of(FAMILY + "-1"), 0);
            assertEquals(VerdictKind.ALREADY_USED, again.kind(), again.message());

            LookupOutcome after = desk.desk().lookup(WHO, FAMILY, "typed");
            assertEquals(List.of(false, true, false), after.bookings().stream().map(PassBooking::redeemable).toList());

            assertTrue(desk.tracker().pollOnce(), desk.tracker().health().message());
            UsageOrder order = desk.tracker().snapshot().stream().filter(o -> o.orderId().equals(uuid)).findFirst()
                    .orElseThrow();
            assertEquals(OrderStatus.USED, order.status());
            assertEquals(OrderCategory.BOOKING, order.category());
            assertEquals(2, order.cardholders() + order.guests(), "two of the party entered");
            assertTrue(desk.tracker().snapshot().stream().anyMatch(o -> "NOSHOW".equals(o.statusLabel())),
                    "an unknown status shows by its own name");

            Verdict undone = desk.desk().cancelUsage(WHO, uuid, CancelReason.DUPLICATE_SCAN, "", "sup-1");
            assertEquals(VerdictKind.VALID, undone.kind(), undone.message());
            assertEquals(OrderStatus.CONFIRMED, desk.tracker().tracked(uuid).orElseThrow().order().status(),
                    "un-redeemed: the booking is Confirmed again");
            assertTrue(desk.desk().lookup(WHO, FAMILY, "typed").bookings().stream().allMatch(PassBooking::redeemable));

            LookupOutcome noShow = desk.desk().lookup(WHO, "OCTO-NOSHOW-1A", "typed");
            assertFalse(noShow.bookings().get(0).redeemable());
            assertEquals(com.loungedesk.redemption.BookingStatus.UNKNOWN, noShow.bookings().get(0).status());
            assertFalse(noShow.bookings().get(0).unredeemableReason().isBlank());
        }
        List<String> requests = relay.requests();
        assertFalse(requests.isEmpty());
        List<String> outside = requests.stream().filter(r -> !r.split(" ")[1].startsWith("/octo/v1/")).toList();
        assertEquals(List.of(), outside, "no request leaves the supplier's prefix");
        assertTrue(requests.stream().noneMatch(r -> r.contains("/orders")) || requests.stream()
                .filter(r -> r.contains("/orders")).allMatch(r -> r.startsWith("GET /octo/v1/orders")),
                "only the probe asks for an /orders feed, under the prefix: " + requests);
    }

    @Test
    void aDeskFirstStartedWhileTheSupplierIsDownFindsItsTypeWhenItAnswers() throws Exception {
        relay.down(true);
        try (ClientServices desk = open()) {
            assertTrue(desk.backendFinding().contains("not known yet"), desk.backendFinding());
            LookupOutcome offline = desk.desk().lookup(WHO, FAMILY, "typed");
            assertFalse(offline.found());
            assertEquals(VerdictKind.OFFLINE, offline.failure().kind(), offline.failure().message());
            relay.down(false);
            LookupOutcome family = desk.desk().lookup(WHO, FAMILY, "typed");
            assertTrue(family.found(), String.valueOf(family.failure()));
            assertEquals(3, family.bookings().size(), "probed as octo: one row per person");
            assertTrue(desk.tracker().pollOnce(), desk.tracker().health().message());
            assertTrue(desk.tracker().snapshot().stream().anyMatch(o -> o.category() == OrderCategory.BOOKING));
        }
        assertTrue(relay.requests().stream().allMatch(r -> r.split(" ")[1].startsWith("/octo/v1/")),
                relay.requests().toString());
    }
}
