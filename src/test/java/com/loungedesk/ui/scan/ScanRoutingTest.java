package com.loungedesk.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.scan.wedge.LayoutCalibration;
import com.loungedesk.ui.port.BoardingPass;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScanRoutingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String BCBP = "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100";
    private final ScanRouting routing = new ScanRouting();

    @Test
    void passReferencesAndWrappedOnesAreLookedUp() {
        assertEquals(new ScanRouting.Lookup("8888000066668888"), routing.route("8888000066668888", TODAY));
        assertEquals(new ScanRouting.Lookup("PKG-FAM3-7421"), routing.route("PKG-FAM3-7421", TODAY));
        assertEquals(new ScanRouting.Lookup("HTA89203"),
                routing.route("https://book.example.com/redeem?lang=en&reference=HTA89203", TODAY));
    }

    @Test
    void aBoardingPassGoesBesideTheBookingWithItsFlightAndDate() {
        ScanRouting.Route r = routing.route(BCBP, TODAY);
        BoardingPass bp = assertInstanceOf(ScanRouting.Boarding.class, r).pass();
        assertEquals("AC 0834", bp.flight());
        assertEquals("YUL", bp.from());
        assertEquals("FRA", bp.to());
        assertEquals(LocalDate.of(2026, 11, 22), bp.flightDate());
        assertEquals("001A", bp.seat());
    }

    @Test
    void aBrokenBoardingPassIsANoticeNotALookup() {
        ScanRouting.Route r = routing.route(BCBP.replaceFirst("M1", "M2"), TODAY);
        assertTrue(assertInstanceOf(ScanRouting.Notice.class, r).message().contains("boarding pass"));
    }

    @Test
    void theCalibrationCodeTellsTheDeskAboutItsKeyboardLayout() {
        ScanRouting.Route r = routing.route(LayoutCalibration.CODE, TODAY);
        assertInstanceOf(ScanRouting.Notice.class, r);
    }

    @Test
    void theFlightDateIsTheDayOfYearNearestToToday() {
        assertEquals(LocalDate.of(2027, 1, 2), ScanRouting.dateOfFlight(2, LocalDate.of(2026, 12, 30)));
        assertEquals(LocalDate.of(2026, 12, 31), ScanRouting.dateOfFlight(365, LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2026, 11, 23), ScanRouting.dateOfFlight(327, TODAY));
    }
}
