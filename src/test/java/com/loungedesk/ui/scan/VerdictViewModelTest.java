package com.loungedesk.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.loungedesk.redemption.BookingStatus;
import com.loungedesk.redemption.PassBooking;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.ui.common.Texts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verdict area counts everyone a redeem admitted, says OFFLINE its own way, and speaks the desk's language. */
class VerdictViewModelTest {

    private static PassBooking adult(String code) {
        return new PassBooking(code, "B-" + code, "Mei", "Lounge", "1 Adult", BookingStatus.REDEEMED, false, "", null,
                0, null, "", Map.of("ADULT", 1), "", null);
    }

    @Test
    void twoRedeemedBookingsOfAPackageShowTwoAdults() {
        VerdictViewModel en = new VerdictViewModel(Texts.english(), ZoneOffset.UTC);
        Verdict v = new Verdict(VerdictKind.VALID, "Redeemed 2 bookings.", List.of(adult("A"), adult("B")), "ord-1");
        en.show(v, 4);
        assertEquals("2 Adults", en.unitsProperty().get());
        VerdictViewModel zh = new VerdictViewModel(Texts.forLanguage("zh-CN"), ZoneOffset.UTC);
        zh.show(v, 4);
        assertEquals("2 位成人", zh.unitsProperty().get());
    }

    @Test
    void offlineSaysThePassCouldNotBeCheckedAndOffersAnOfflineAdmission() {
        VerdictViewModel vm = new VerdictViewModel(Texts.english(), ZoneOffset.UTC);
        vm.show(Verdict.of(VerdictKind.OFFLINE, "Could not connect to the backend at 10.0.0.5:443."), 4, "EPASS-9");
        assertEquals("OFFLINE", vm.wordProperty().get());
        assertEquals("Could not check this pass: the backend cannot be reached.", vm.messageProperty().get());
        assertEquals("EPASS-9", vm.offlineReference());
        vm.show(Verdict.of(VerdictKind.ERROR, "Boom."), 4, "EPASS-9");
        assertNull(vm.offlineReference());
    }

    @Test
    void aBackendReasonIsSaidInTheDesksLanguage() {
        PassBooking expired = new PassBooking("C", "B", "", "Lounge", "1 Adult", BookingStatus.EXPIRED, false,
                "This pass expired on 2026-11-20T10:00:00Z.", null, 0, null, "", Map.of("ADULT", 1), "EXPIRED",
                Instant.parse("2026-11-20T10:00:00Z"));
        VerdictViewModel zh = new VerdictViewModel(Texts.forLanguage("zh-CN"), ZoneOffset.UTC);
        zh.show(new Verdict(VerdictKind.NOT_REDEEMABLE, expired.unredeemableReason(), List.of(expired), null), 4);
        assertEquals("此凭证已于 2026年11月20日 过期。", zh.messageProperty().get());
        assertEquals("1 位成人", zh.unitsProperty().get());
    }
}
