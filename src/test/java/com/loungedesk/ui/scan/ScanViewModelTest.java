package com.loungedesk.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.picker.PickerViewModel;
import com.loungedesk.ui.port.BoardingPass;
import com.loungedesk.ui.testkit.FakeDesk;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanViewModelTest {

    private final FakeDesk desk = new FakeDesk();
    private final List<VerdictKind> sounds = new ArrayList<>();
    private final Texts texts = Texts.english();
    private final VerdictViewModel verdict = new VerdictViewModel(texts, ZoneOffset.UTC);
    private final ScanViewModel vm = new ScanViewModel(desk, () -> new DeskContext("desk-1", "anna.k", "Anna"),
            TaskRunner.direct(), verdict, sounds::add, () -> 4, texts, Clock.systemUTC());

    @Test
    void singleRedeemableBookingIsRedeemedAtOnce() {
        vm.inputProperty().set("  VALID-1 ");
        vm.submitInput("typed");
        assertEquals(VerdictKind.VALID, verdict.kind());
        assertEquals("VALID", verdict.wordProperty().get());
        assertEquals(List.of("VALID-1"), desk.redeems.get(0).codes());
        assertEquals("", vm.inputProperty().get());
        assertEquals(List.of(VerdictKind.VALID), sounds);
        assertEquals("ord-1001", verdict.cancellableOrderId());
        assertEquals(List.of("VALID-1|typed"), desk.lookups);
    }

    @Test
    void usedPassShowsAlreadyUsedWithWhenAndWhere() {
        vm.scan("USED-1", "camera");
        assertEquals(VerdictKind.ALREADY_USED, verdict.kind());
        assertEquals("23 Nov 07:42 at Skyline Lounge, desk-2", verdict.usedProperty().get());
        assertTrue(desk.redeems.isEmpty());
        assertNull(verdict.cancellableOrderId());
    }

    @Test
    void unknownCodeAndExpiredBooking() {
        vm.scan("NOPE", "typed");
        assertEquals(VerdictKind.UNKNOWN_PASS, verdict.kind());
        assertEquals("UNKNOWN PASS", verdict.wordProperty().get());
        vm.scan("EXPIRED-1", "typed");
        assertEquals(VerdictKind.NOT_REDEEMABLE, verdict.kind());
        assertEquals("Expired on 1 Nov", verdict.messageProperty().get());
    }

    @Test
    void packageOpensPickerAndRedeemsChosenOnesInOneRequest() {
        vm.scan("PKG-3", "typed");
        PickerViewModel picker = vm.pickerProperty().get();
        assertNotNull(picker);
        picker.moveDown();
        picker.toggleFocused();
        picker.confirm();
        assertNull(vm.pickerProperty().get());
        assertEquals(1, desk.redeems.size());
        assertEquals(List.of("PKG-3-A"), desk.redeems.get(0).codes());
        assertEquals(VerdictKind.VALID, verdict.kind());
    }

    @Test
    void scansWhilePickerOpenWaitAndRunAfterwardsInOrder() {
        vm.scan("PKG-3", "typed");
        vm.scan("USED-1", "camera");
        vm.scan("NOPE", "wedge");
        assertEquals(2, vm.pending().countProperty().get());
        assertEquals(1, desk.lookups.size());
        vm.pickerProperty().get().close();
        assertEquals(List.of("PKG-3|typed", "USED-1|camera", "NOPE|wedge"), desk.lookups);
        assertEquals(VerdictKind.UNKNOWN_PASS, verdict.kind());
        assertEquals(0, vm.pending().countProperty().get());
    }

    @Test
    void fullQueueRefusesVisibly() {
        vm.dialogOpened();
        for (int i = 0; i < 10; i++) {
            vm.scan("R" + i, "camera");
        }
        vm.scan("ELEVENTH", "camera");
        assertTrue(vm.statusProperty().get().contains("ELEVENTH"));
        assertTrue(vm.statusProperty().get().contains("refused"));
        assertEquals(10, vm.pending().countProperty().get());
        assertTrue(desk.lookups.isEmpty());
        vm.dialogClosed();
        assertEquals(10, desk.lookups.size());
    }

    @Test
    void passWithGuestsOpensStepperBoundedByThePass() {
        vm.scan("EPASS-3", "typed");
        PickerViewModel picker = vm.pickerProperty().get();
        assertEquals(2, picker.maxGuestsProperty().get());
        picker.moreGuests();
        picker.moreGuests();
        picker.moreGuests();
        assertEquals(2, picker.guestsProperty().get());
        assertTrue(picker.problemProperty().get().contains("at most 2"));
        picker.confirm();
        assertEquals(2, desk.redeems.get(0).guests());
        assertEquals("2", verdict.entitlementsProperty().get());
    }

    @Test
    void offlineRedeemIsQueuedVerdict() {
        desk.offline = true;
        vm.scan("VALID-1", "typed");
        assertEquals(VerdictKind.QUEUED, verdict.kind());
        assertNull(verdict.cancellableOrderId());
    }

    @Test
    void badInputAndBackendExceptionsBecomeErrorVerdicts() {
        vm.scan("x".repeat(300), "typed");
        assertEquals(VerdictKind.ERROR, verdict.kind());
        vm.scan("A\u0000B", "typed");
        assertEquals(VerdictKind.ERROR, verdict.kind());
        assertTrue(desk.lookups.isEmpty());
        ScanViewModel broken = new ScanViewModel(new FakeDesk() {
            @Override
            public com.loungedesk.redemption.LookupOutcome lookup(DeskContext w, String r, String s) {
                throw new IllegalStateException("boom");
            }
        }, () -> new DeskContext("d", "o", "O"), TaskRunner.direct(), verdict, k -> { }, () -> 4, texts, Clock.systemUTC());
        broken.scan("VALID-1", "typed");
        assertEquals(VerdictKind.ERROR, verdict.kind());
    }

    @Test
    void boardingPassScannedBeforeBookingGoesIntoThePicker() {
        vm.boardingPassSeen(new BoardingPass("CHEN/MEI LIN MS", "CA 1832", "PEK", "SHA", LocalDate.now(ZoneOffset.UTC), "1A"));
        vm.scan("VALID-1", "typed");
        PickerViewModel picker = vm.pickerProperty().get();
        assertNotNull(picker, "with a boarding pass beside it, staff confirm first");
        assertTrue(picker.warnings().isEmpty(), picker.warnings().toString());
        picker.attachBoardingPass(new BoardingPass("BERG/TOMAS", "CA 1", "PEK", "SHA", LocalDate.of(2020, 1, 1), ""));
        assertEquals(2, picker.warnings().size());
    }

    @Test
    void verdictCountsDownAndClearsAndNewScanReplacesIt() {
        vm.scan("USED-1", "typed");
        assertEquals(4, verdict.secondsLeftProperty().get());
        verdict.tick();
        assertEquals("Clears in 3 s", verdict.countdownProperty().get());
        vm.scan("VALID-1", "typed");
        assertEquals(VerdictKind.VALID, verdict.kind());
        assertEquals(4, verdict.secondsLeftProperty().get());
        for (int i = 0; i < 4; i++) {
            verdict.tick();
        }
        assertNull(verdict.kind());
    }
}
