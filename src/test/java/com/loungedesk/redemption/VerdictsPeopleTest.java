package com.loungedesk.redemption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OctoStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A redeem of several bookings of a package counts everyone who entered, by unit type. */
class VerdictsPeopleTest {

    private static LookupItem booking(String code, String... unitIds) {
        List<LookupItem.UnitItem> units = java.util.Arrays.stream(unitIds)
                .map(u -> new LookupItem.UnitItem(code + u, u, OctoStatus.REDEEMED, null)).toList();
        return new LookupItem(code, code, "S", OctoStatus.REDEEMED, null, new LookupItem.Product("p", "Lounge"),
                new LookupItem.Contact("Mei", null, null), units, code, false, null, "ALREADY_REDEEMED", null, "ord-1",
                null);
    }

    @Test
    void twoBookingsOfAPackageRedeemedTogetherCountTwoAdults() {
        Delivery d = new Delivery(Delivery.Status.DONE, List.of(booking("PKG-A", "ADULT"), booking("PKG-B", "adult")),
                "ord-1", "", "Redeemed.", false);
        Verdict v = Verdicts.redeemed(d, List.of(), 0);
        assertEquals(VerdictKind.VALID, v.kind());
        assertEquals(Map.of("ADULT", 2), v.people());
        assertEquals("2 Adults", People.english(v.people()));
        assertEquals("1 Adult", v.bookings().get(0).units(), "each booking still says its own");
    }

    @Test
    void unitTypesAreCountedSeparatelyInTheOrderGiven() {
        Delivery d = new Delivery(Delivery.Status.DONE, List.of(booking("A", "ADULT", "CHILD"), booking("B", "ADULT",
                "INFANT")), "ord-1", "", "Redeemed.", false);
        Verdict v = Verdicts.redeemed(d, List.of(), 0);
        assertEquals(List.of("ADULT", "CHILD", "INFANT"), List.copyOf(v.people().keySet()));
        assertEquals("2 Adults, 1 Child, 1 Infant", People.english(v.people()));
    }

    @Test
    void aRefusalIsAboutTheFirstBookingOnly() {
        PassBooking a = BookingMapping.toPassBooking(booking("A", "ADULT"));
        PassBooking b = BookingMapping.toPassBooking(booking("B", "ADULT", "CHILD"));
        assertEquals(Map.of("ADULT", 1), new Verdict(VerdictKind.ALREADY_USED, "", List.of(a, b), null).people());
    }

    @Test
    void aBookingKnownOnlyByItsEnglishSummaryStillCounts() {
        PassBooking legacy = new PassBooking("C", "B-C", "", "Lounge", "2 Adults, 1 Child", BookingStatus.CONFIRMED,
                true, "", null, 0, null, "");
        assertEquals(Map.of("ADULT", 2, "CHILD", 1), legacy.people());
    }

    @Test
    void twoPeopleOfOneBookingAnsweredOncePerTicketCountTwoPeopleNotFourBookings() {
        List<LookupItem.UnitItem> party = List.of(
                new LookupItem.UnitItem("u1", "ADULT", "REDEEMED", null, ticket("FAM-1")),
                new LookupItem.UnitItem("u2", "ADULT", "REDEEMED", null, ticket("FAM-2")),
                new LookupItem.UnitItem("u3", "CHILD", "CONFIRMED", null, ticket("FAM-3")));
        LookupItem family = new LookupItem("b1", "b1", "FAM", "CONFIRMED", null, null,
                new LookupItem.Contact("Olivia", null, null), party, "FAM", true, null, null, null, null, null, null,
                null, null, null);
        List<PassBooking> rows = BookingMapping.toPassBookings(List.of(family));
        assertEquals(true, new LookupOutcome("FAM", rows, null).isParty(), "three people of one booking");
        List<PassBooking> chosen = rows.subList(0, 2);
        // a plain OCTO supplier answers an array redeem with the booking once per code
        Delivery d = new Delivery(Delivery.Status.DONE, List.of(family, family), "b1", "", "Redeemed.", false);
        Verdict v = Verdicts.redeemed(d, chosen, 0);
        assertEquals(List.of("FAM-1", "FAM-2"), v.bookings().stream().map(PassBooking::redemptionCode).toList());
        assertEquals("Redeemed 2 people for Olivia. Order b1.", v.message());
        assertEquals(Map.of("ADULT", 2), v.people());
    }

    private static LookupItem.Ticket ticket(String code) {
        return new LookupItem.Ticket("DIGITAL", null, List.of(new LookupItem.DeliveryOption("QRCODE", code)));
    }
}
