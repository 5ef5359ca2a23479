package com.loungedesk.ui.cancel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.redemption.CancelReason;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.staff.MemorySecurityLog;
import com.loungedesk.staff.Operator;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.Role;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.testkit.FakeDesk;
import com.loungedesk.ui.testkit.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CancelViewModelTest {

    @TempDir
    Path dir;
    private final FakeDesk desk = new FakeDesk();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private SupervisorPins pins;
    private final MemorySecurityLog log = new MemorySecurityLog();
    private Verdict done;

    @BeforeEach
    void setUp() throws Exception {
        pins = new SupervisorPins(dir.resolve("s.json"), new PinHasher(1_000), PinLockout.standard(clock, log));
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
    }

    private CancelViewModel vm(Operator who) {
        CancelViewModel vm = new CancelViewModel("ord-7", who, desk, () -> new DeskContext("desk-1", who.id(), who.name()),
                pins, TaskRunner.direct(), Texts.english());
        vm.onDone(v -> done = v);
        return vm;
    }

    @Test
    void staffCallsSupervisorBothIdsRecorded() {
        CancelViewModel vm = vm(new Operator("anna.k", "Anna", Role.STAFF));
        assertEquals("", vm.supervisorIdProperty().get());
        vm.reasonProperty().set(CancelReason.WRONG_GUEST);
        vm.supervisorIdProperty().set("sup.lee");
        vm.pinProperty().set("1111");
        vm.confirm();
        assertEquals("Wrong PIN. 4 tries left before supervisor actions lock.", vm.errorProperty().get());
        assertEquals("", vm.pinProperty().get(), "a wrong PIN is cleared");
        assertTrue(desk.cancels.isEmpty());
        vm.pinProperty().set("2468");
        vm.confirm();
        assertNotNull(done);
        FakeDesk.Cancel c = desk.cancels.get(0);
        assertEquals("ord-7", c.orderId());
        assertEquals("sup.lee", c.supervisorId());
        assertEquals("anna.k", c.operatorId());
        assertEquals(CancelReason.WRONG_GUEST, c.reason());
    }

    @Test
    void reasonRequiredAndOtherNeedsANote() {
        CancelViewModel vm = vm(new Operator("sup.lee", "Lee", Role.SUPERVISOR));
        assertEquals("sup.lee", vm.supervisorIdProperty().get());
        vm.pinProperty().set("2468");
        vm.confirm();
        assertEquals("Choose a reason.", vm.errorProperty().get());
        vm.reasonProperty().set(CancelReason.OTHER);
        vm.confirm();
        assertEquals("Write a short note for \"Other\".", vm.errorProperty().get());
        vm.noteProperty().set("Guest changed flight");
        vm.confirm();
        assertEquals("Guest changed flight", desk.cancels.get(0).note());
    }

    @Test
    void fiveWrongPinsLock() {
        CancelViewModel vm = vm(new Operator("sup.lee", "Lee", Role.SUPERVISOR));
        vm.reasonProperty().set(CancelReason.DUPLICATE_SCAN);
        for (int i = 0; i < 5; i++) {
            vm.pinProperty().set("0000");
            vm.confirm();
        }
        assertEquals("Too many wrong PINs: supervisor actions are locked for 5 min.", vm.errorProperty().get());
        vm.pinProperty().set("2468");
        vm.confirm();
        assertTrue(desk.cancels.isEmpty());
        assertNull(done);
    }

    @Test
    void aPinCheckThatCannotBeJournaledRefusesTheCancelEvenWithTheRightPin() {
        CancelViewModel vm = vm(new Operator("sup.lee", "Lee", Role.SUPERVISOR));
        vm.reasonProperty().set(CancelReason.DUPLICATE_SCAN);
        log.failWrites = true;
        vm.pinProperty().set("2468");
        vm.confirm();
        assertEquals("The PIN check could not be written to the audit log, so it was refused. The log has the details.",
                vm.errorProperty().get());
        assertTrue(desk.cancels.isEmpty());
        assertNull(done);
    }

    @Test
    void showsTheCancelWindowWhenTheProviderHasOne() {
        CancelViewModel vm = vm(new Operator("sup.lee", "Lee", Role.SUPERVISOR));
        vm.loadWindow(id -> Optional.of(clock.instant().plus(Duration.ofMinutes(14))), clock);
        assertEquals("Can be cancelled until 09:14 (14 min left).", vm.windowProperty().get());
        vm.loadWindow(id -> Optional.of(clock.instant().minusSeconds(60)), clock);
        assertTrue(vm.windowClosedProperty().get());
        vm.loadWindow(id -> Optional.empty(), clock);
        assertEquals("The provider sets no cancel window.", vm.windowProperty().get());
    }
}
