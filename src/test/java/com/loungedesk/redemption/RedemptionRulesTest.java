package com.loungedesk.redemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OctoStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedemptionRulesTest {

    private static LookupItem item(OctoStatus status, boolean redeemable, Integer left, int guests, String reason) {
        return new LookupItem("b1", "u1", "S1", status, null, new LookupItem.Product("p", "No1 Lounge"),
                new LookupItem.Contact("Ada", null, null), List.of(new LookupItem.UnitItem("1", "adult", status, null),
                        new LookupItem.UnitItem("2", "adult", status, null), new LookupItem.UnitItem("3", "child", status, null)),
                "C1", redeemable, reason, null, new LookupItem.PassInfo("EPASS", "dp", "pg", 5, left, guests, null,
                        Instant.parse("2026-11-23T07:00:00Z"), "No1 Lounge desk 2", null), null, false);
    }

    @Test
    void aBookingShowsWhoWhatUnitsAndWhereItWasLastUsed() {
        PassBooking b = BookingMapping.toPassBooking(item(OctoStatus.CONFIRMED, true, 3, 2, null));
        assertEquals("Ada", b.holderName());
        assertEquals("No1 Lounge", b.productName());
        assertEquals("2 Adults, 1 Child", b.units());
        assertEquals(3, b.entitlementsLeft());
        assertEquals("No1 Lounge desk 2", b.usedWhere());
        assertTrue(b.redeemable());
        assertEquals("", b.unredeemableReason());
    }

    @Test
    void anUnknownStatusIsNotRedeemableAndSaysWhy() {
        PassBooking b = BookingMapping.toPassBooking(item(OctoStatus.UNKNOWN, true, 3, 2, null));
        assertFalse(b.redeemable());
        assertEquals(BookingStatus.UNKNOWN, b.status());
        assertEquals("This booking's status is UNKNOWN: it cannot be redeemed here.", b.unredeemableReason());
        LookupItem noShow = item(OctoStatus.CONFIRMED, true, 3, 2, null);
        PassBooking named = BookingMapping.toPassBooking(new LookupItem(noShow.id(), noShow.uuid(),
                noShow.supplierReference(), "NOSHOW", null, noShow.product(), noShow.contact(), noShow.unitItems(),
                noShow.redemptionCode(), true, null, null, null, null, null, null, null, null, null));
        assertFalse(named.redeemable());
        assertEquals("This booking's status is NOSHOW: it cannot be redeemed here.", named.unredeemableReason());
    }

    @Test
    void refusalCodesMapToVerdicts() {
        assertEquals(VerdictKind.ALREADY_USED, BookingMapping.kindOfRefusal("ALREADY_REDEEMED"));
        assertEquals(VerdictKind.ALREADY_USED, BookingMapping.kindOfRefusal("NO_ENTITLEMENTS_LEFT"));
        assertEquals(VerdictKind.UNKNOWN_PASS, BookingMapping.kindOfRefusal("INVALID_REDEMPTION_CODE"));
        assertEquals(VerdictKind.NOT_REDEEMABLE, BookingMapping.kindOfRefusal("UNPROCESSABLE_ENTITY"));
        assertEquals(VerdictKind.NOT_REDEEMABLE, BookingMapping.kindOfRefusal("40901"));
        assertEquals(VerdictKind.ERROR, BookingMapping.kindOfRefusal("UNAUTHORIZED"));
        assertEquals(VerdictKind.ERROR, BookingMapping.kindOfRefusal(""));
    }

    @Test
    void aSpentPassReadsAlreadyUsedAndAnExpiredOneNotRedeemable() {
        PassBooking spent = BookingMapping.toPassBooking(item(OctoStatus.CONFIRMED, false, 0, 2, "No visits left."));
        assertEquals(VerdictKind.ALREADY_USED, BookingMapping.kindOfUnredeemable(spent));
        PassBooking expired = BookingMapping.toPassBooking(item(OctoStatus.EXPIRED, false, 2, 2, "Expired yesterday."));
        assertEquals(VerdictKind.NOT_REDEEMABLE, BookingMapping.kindOfUnredeemable(expired));
        assertEquals("Expired yesterday.", expired.unredeemableReason());
    }

    @Test
    void guestsAreBoundedByThePassAndValidateModeTakesNone() {
        LookupOutcome lookup = new LookupOutcome("R", List.of(BookingMapping.toPassBooking(
                item(OctoStatus.CONFIRMED, true, 3, 1, null))), null);
        assertNull(RedeemCheck.check(lookup, List.of("C1"), 1, false).refusal());
        assertEquals("This pass admits at most 1 guest.", RedeemCheck.check(lookup, List.of("C1"), 2, false)
                .refusal().message());
        assertEquals("A booking was chosen twice.", RedeemCheck.check(lookup, List.of("C1", "C1"), 0, false)
                .refusal().message());
        assertEquals(VerdictKind.NOT_REDEEMABLE, RedeemCheck.check(lookup, List.of("C1"), 1, true).refusal().kind());
        assertEquals("Look the pass up before redeeming it.", RedeemCheck.check(
                new LookupOutcome("R", List.of(), Verdict.of(VerdictKind.UNKNOWN_PASS, "x")), List.of("C1"), 0, false)
                .refusal().message());
    }
}
