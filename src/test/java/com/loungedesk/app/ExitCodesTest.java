package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.loungedesk.redemption.CancelReason;
import com.loungedesk.redemption.VerdictKind;
import org.junit.jupiter.api.Test;

class ExitCodesTest {

    @Test
    void verdictsMapToTheDocumentedExitCodes() {
        assertEquals(0, ExitCodes.of(VerdictKind.VALID));
        assertEquals(2, ExitCodes.of(VerdictKind.ALREADY_USED));
        assertEquals(2, ExitCodes.of(VerdictKind.UNKNOWN_PASS));
        assertEquals(2, ExitCodes.of(VerdictKind.NOT_REDEEMABLE));
        assertEquals(3, ExitCodes.of(VerdictKind.QUEUED));
        assertEquals(1, ExitCodes.of(VerdictKind.ERROR));
    }

    @Test
    void cancelReasonsAreReadLooselyAndAnythingElseIsOther() {
        assertEquals(CancelReason.GUEST_DISSATISFIED, CancelCommand.parse("guest-dissatisfied"));
        assertEquals(CancelReason.DUPLICATE_SCAN, CancelCommand.parse(" Duplicate scan "));
        assertEquals(CancelReason.WRONG_GUEST, CancelCommand.parse("WRONG_GUEST"));
        assertEquals(CancelReason.OTHER, CancelCommand.parse("guest felt unwell"));
    }
}
