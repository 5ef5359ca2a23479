package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.OctoRedemptionClient;
import com.loungedesk.api.OrderChanges;
import com.loungedesk.api.OrdersClient;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.CancelReason;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.OperatorShift;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.sandbox.DemoPasses;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client services against the real sandbox over HTTP. */
class ClientSandboxTest {

    private static final DeskContext ANA = new DeskContext("desk-1", "ana", "Ana");

    @TempDir
    Path dir;
    private SandboxFixture sandbox;
    private ClientServices services;

    @BeforeEach
    void start() throws Exception {
        sandbox = new SandboxFixture(dir);
        services = ClientServices.open(SandboxFixture.settings(sandbox.url()), sandbox.url(), dir.resolve("data"),
                dir.resolve("config"), new OrderTracker.Settings(Duration.ofMillis(300), Duration.ofSeconds(5), 3, 20_000, null));
    }

    @AfterEach
    void stop() {
        services.close();
        sandbox.close();
    }

    @Test
    void aWalkInPassIsLookedUpRedeemedTrackedCancelledAndRefunded() {
        LookupOutcome found = services.desk().lookup(ANA, DemoPasses.WALKIN_EPASS, "typed");
        assertTrue(found.found(), String.valueOf(found.failure()));
        assertEquals(3, found.bookings().get(0).entitlementsLeft());
        assertEquals(2, found.bookings().get(0).guestsAllowed());

        Verdict tooMany = services.desk().redeem(ANA, found, List.of(found.bookings().get(0).redemptionCode()), 3);
        assertEquals(VerdictKind.NOT_REDEEMABLE, tooMany.kind());
        assertEquals("This pass admits at most 2 guests.", tooMany.message());

        Verdict v = services.desk().redeem(ANA, found, List.of(found.bookings().get(0).redemptionCode()), 1);
        assertEquals(VerdictKind.VALID, v.kind(), v.message());
        assertNotNull(v.orderId());
        assertEquals(OrderStatus.USED, services.tracker().tracked(v.orderId()).orElseThrow().order().status(),
                "the desk's own redeem reaches the tracker at once");
        assertEquals(1, services.tracker().tracked(v.orderId()).orElseThrow().order().guests());
        assertEquals(2, services.desk().lookup(ANA, DemoPasses.WALKIN_EPASS, "typed").bookings().get(0).entitlementsLeft());

        Verdict note = services.desk().cancelUsage(ANA, v.orderId(), CancelReason.OTHER, " ", "sup-1");
        assertEquals("Say why: the reason \"other\" needs a note.", note.message());
        Verdict cancelled = services.desk().cancelUsage(ANA, v.orderId(), CancelReason.GUEST_DISSATISFIED, "", "sup-1");
        assertEquals(VerdictKind.VALID, cancelled.kind(), cancelled.message());
        assertEquals(OrderStatus.CANCELLED, services.tracker().tracked(v.orderId()).orElseThrow().order().status());
        assertEquals(3, services.desk().lookup(ANA, DemoPasses.WALKIN_EPASS, "typed").bookings().get(0).entitlementsLeft());

        Verdict again = services.desk().cancelUsage(ANA, v.orderId(), CancelReason.DUPLICATE_SCAN, "", "sup-1");
        assertEquals(VerdictKind.NOT_REDEEMABLE, again.kind(), again.message());
    }

    @Test
    void aPackageRedeemsTheChosenBookingsInOneOrderAndThenReadsAlreadyUsed() {
        LookupOutcome pkg = services.desk().lookup(ANA, DemoPasses.PACKAGE, "camera");
        assertTrue(pkg.isPackage());
        assertEquals(3, pkg.bookings().size());
        Verdict v = services.desk().redeem(ANA, pkg, DemoPasses.PACKAGE_CODES.subList(0, 2), 0);
        assertEquals(VerdictKind.VALID, v.kind(), v.message());
        assertEquals(2, v.bookings().size());
        Verdict stale = services.desk().redeem(ANA, pkg, DemoPasses.PACKAGE_CODES.subList(0, 1), 0);
        assertEquals(VerdictKind.ALREADY_USED, stale.kind(), "the backend refuses a stale lookup: " + stale.message());
        LookupOutcome after = services.desk().lookup(ANA, DemoPasses.PACKAGE, "camera");
        Verdict fresh = services.desk().redeem(ANA, after, DemoPasses.PACKAGE_CODES.subList(0, 1), 0);
        assertEquals(VerdictKind.ALREADY_USED, fresh.kind(), fresh.message());
    }

    @Test
    void unknownSpentAndExpiredPassesGetTheirVerdicts() {
        LookupOutcome unknown = services.desk().lookup(ANA, "NO-SUCH-PASS-1", "typed");
        assertEquals(VerdictKind.UNKNOWN_PASS, unknown.failure().kind());
        assertEquals("Not a pass of any supplier this desk serves.", unknown.failure().message());
        LookupOutcome spent = services.desk().lookup(ANA, DemoPasses.SPENT_EPASS, "typed");
        Verdict used = services.desk().redeem(ANA, spent, List.of(spent.bookings().get(0).redemptionCode()), 0);
        assertEquals(VerdictKind.ALREADY_USED, used.kind(), used.message());
        LookupOutcome expired = services.desk().lookup(ANA, DemoPasses.EXPIRED_EPASS, "typed");
        Verdict no = services.desk().redeem(ANA, expired, List.of(expired.bookings().get(0).redemptionCode()), 0);
        assertEquals(VerdictKind.NOT_REDEEMABLE, no.kind(), no.message());
        LookupOutcome pending = services.desk().lookup(ANA, DemoPasses.PREBOOKING_PENDING, "typed");
        assertTrue(!pending.bookings().get(0).redeemable());
    }

    @Test
    void aPartnerPassIsRoutedToThePartnerKeyAndItsOrderIsTrackedUnderIt() {
        LookupOutcome partner = services.desk().lookup(ANA, DemoPasses.PARTNER_EPASS, "typed");
        assertTrue(partner.found(), String.valueOf(partner.failure()));
        Verdict v = services.desk().redeem(ANA, partner, List.of(partner.bookings().get(0).redemptionCode()), 1);
        assertEquals(VerdictKind.VALID, v.kind(), v.message());
        assertEquals(DemoPasses.PARTNER_KEY, services.tracker().keyOf(v.orderId()).orElseThrow());
        Verdict cancelled = services.desk().cancelUsage(ANA, v.orderId(), CancelReason.WRONG_GUEST, "", null);
        assertEquals(VerdictKind.VALID, cancelled.kind(), cancelled.message());
    }

    @Test
    void aConfirmedPrebookingRedeemsAndMovesItsOrderToUsed() {
        services.tracker().pollOnce();
        LookupOutcome pb = services.desk().lookup(ANA, DemoPasses.PREBOOKING_CONFIRMED, "typed");
        Verdict v = services.desk().redeem(ANA, pb, List.of(pb.bookings().get(0).redemptionCode()), 0);
        assertEquals(VerdictKind.VALID, v.kind(), v.message());
        services.tracker().pollOnce();
        assertEquals(OrderStatus.USED, services.tracker().tracked(DemoPasses.PREBOOKING_CONFIRMED_ORDER).orElseThrow()
                .order().status());
    }

    @Test
    void theTrackerSeesAnotherDesksRedemptionAndASimulatedCancellationWithinTwoPolls() throws Exception {
        services.tracker().pollOnce();
        JsonNode order = sandbox.post("/sandbox/simulate/walkin",
                "{\"reference\":\"" + DemoPasses.WALKIN_EPASS + "\",\"guests\":1}");
        String orderId = order.get("orderId").asText();
        assertTrue(withinTwoPolls(() -> services.tracker().tracked(orderId).isPresent()));
        sandbox.post("/sandbox/simulate/cancel/" + orderId, "{}");
        assertTrue(withinTwoPolls(() -> services.tracker().tracked(orderId).orElseThrow().order().status()
                == OrderStatus.CANCELLED));
        sandbox.post("/sandbox/simulate/prebooking/" + DemoPasses.PREBOOKING_PENDING_ORDER, "{\"status\":1}");
        assertTrue(withinTwoPolls(() -> services.tracker().tracked(DemoPasses.PREBOOKING_PENDING_ORDER).orElseThrow()
                .order().status() == OrderStatus.CONFIRMED));
    }

    private boolean withinTwoPolls(BooleanSupplier seen) {
        for (int i = 0; i < 2; i++) {
            services.tracker().pollOnce();
            if (seen.getAsBoolean()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anIdlePollIsOneRequestPerSupplierKey() {
        assertTrue(services.tracker().pollOnce());
        long before = services.gateway().requestCount();
        assertTrue(services.tracker().pollOnce());
        assertEquals(2, services.gateway().requestCount() - before, "one request for each of the two keys");
        assertEquals(2, services.tracker().lastPollRequests());
    }

    @Test
    void pagingWalksEveryPageAndSeesNothingTwice() throws Exception {
        for (int i = 0; i < 3; i++) {
            sandbox.post("/sandbox/simulate/walkin", "{\"reference\":\"" + DemoPasses.WALKIN_EPASS + "\",\"guests\":0}");
        }
        try (HttpGateway g = new HttpGateway(ApiConfig.of(sandbox.url(), false), Json.mapper())) {
            OrdersClient small = new OrdersClient(g, 2);
            OrderChanges all = small.changedSince(DemoPasses.DEMO_KEY, null);
            assertTrue(all.requests() >= 3, "pages of 2: " + all.requests());
            assertEquals(all.orders().size(), all.orders().stream().map(o -> o.orderId()).distinct().count());
            Instant last = all.orders().get(all.orders().size() - 1).updatedAt();
            OrderChanges none = small.changedSince(DemoPasses.DEMO_KEY, last);
            assertEquals(0, none.orders().size());
            assertEquals(1, none.requests());
        }
    }

    @Test
    void validateModeRedeemsThroughTheBackendsRulesAndUnredeemWorks() throws Exception {
        DeskSettings s = SandboxFixture.settings(sandbox.url());
        DeskSettings validating = new DeskSettings(s.backendUrl(), s.apiKeys(), s.deskId(), DeskSettings.Mode.VALIDATE,
                s.camera(), s.sounds(), s.verdictSeconds(), s.language(), s.theme(), false, s.push(), s.backendType(), s.octo());
        try (ClientServices v = ClientServices.open(validating, sandbox.url(), dir.resolve("data2"), dir.resolve("config"),
                OrderTracker.Settings.defaults())) {
            LookupOutcome pass = v.desk().lookup(ANA, DemoPasses.WALKIN_EPASS, "typed");
            Verdict ok = v.desk().redeem(ANA, pass, List.of(pass.bookings().get(0).redemptionCode()), 0);
            assertEquals(VerdictKind.VALID, ok.kind(), ok.message());
            assertNotNull(ok.orderId());
            OctoRedemptionClient octo = new OctoRedemptionClient(v.gateway());
            assertEquals(ok.orderId(), octo.unredeem(DemoPasses.DEMO_KEY, pass.bookings().get(0).redemptionCode(),
                    ok.orderId(), "WRONG_GUEST", "unredeem-1").orderId());
        }
    }

    @Test
    void theShiftSummaryCountsWhatTheDeskDid() throws Exception {
        LookupOutcome pass = services.desk().lookup(ANA, DemoPasses.WALKIN_EPASS, "typed");
        Verdict v = services.desk().redeem(ANA, pass, List.of(pass.bookings().get(0).redemptionCode()), 2);
        services.desk().cancelUsage(ANA, v.orderId(), CancelReason.WRONG_GUEST, "", "sup-1");
        services.desk().lookup(ANA, "NOPE-NOPE", "typed");
        List<OperatorShift> shift = services.shiftReport().summary(Instant.EPOCH, Instant.now().plusSeconds(5));
        assertEquals(List.of(new OperatorShift("ana", 1, 2, 1, 1, 0)), shift);
        assertTrue(services.journal().audit().verify().intact());
    }
}
