package com.loungedesk.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.staff.MemorySecurityLog;
import com.loungedesk.staff.Operator;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.Role;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInViewModelTest {

    @TempDir
    Path dir;
    private Operator signedIn;
    private final MemorySecurityLog log = new MemorySecurityLog();

    private SignInViewModel vm(SupervisorPins pins) {
        return new SignInViewModel(pins, TaskRunner.direct(), Texts.english(), op -> signedIn = op);
    }

    private SupervisorPins pins() {
        return new SupervisorPins(dir.resolve("s.json"), new PinHasher(1_000), PinLockout.standard(Clock.systemUTC(), log));
    }

    @Test
    void staffSignsInWithIdAndName() {
        SignInViewModel vm = vm(pins());
        vm.idProperty().set("bad id!");
        vm.signIn();
        assertNull(signedIn);
        assertTrue(vm.errorProperty().get().startsWith("Enter your operator id"));
        vm.idProperty().set("anna.k");
        vm.nameProperty().set("Anna");
        vm.signIn();
        assertEquals(new Operator("anna.k", "Anna", Role.STAFF), signedIn);
    }

    @Test
    void firstSupervisorEnrollsThenOthersMustMatch() {
        SupervisorPins pins = pins();
        SignInViewModel vm = vm(pins);
        vm.idProperty().set("sup.lee");
        vm.roleProperty().set(Role.SUPERVISOR);
        assertTrue(vm.pinHintProperty().get().startsWith("No supervisor is set up"));
        vm.pinProperty().set("2468");
        vm.signIn();
        assertEquals(Role.SUPERVISOR, signedIn.role());
        assertTrue(pins.hasSupervisors());

        signedIn = null;
        SignInViewModel again = vm(pins);
        again.idProperty().set("sup.lee");
        again.roleProperty().set(Role.SUPERVISOR);
        again.pinProperty().set("9999");
        again.signIn();
        assertNull(signedIn);
        assertTrue(again.errorProperty().get().startsWith("Wrong PIN"));
        again.pinProperty().set("12");
        again.signIn();
        assertEquals("A PIN is 4 to 8 digits.", again.errorProperty().get());
        again.pinProperty().set("2468");
        again.signIn();
        assertEquals("sup.lee", signedIn.id());
    }

    @Test
    void everySignInIsJournaledAndTheFirstSupervisorsPinAsAnEnrolment() {
        SupervisorPins pins = pins();
        SignInViewModel vm = vm(pins);
        vm.idProperty().set("anna.k");
        vm.nameProperty().set("Anna");
        vm.signIn();
        vm.idProperty().set("sup.lee");
        vm.roleProperty().set(Role.SUPERVISOR);
        vm.pinProperty().set("2468");
        vm.signIn();
        vm.pinProperty().set("2468");
        vm.signIn();
        assertEquals(java.util.List.of("SIGN_IN anna.k STAFF", "PIN_ENROLLED sup.lee ", "SIGN_IN sup.lee SUPERVISOR",
                "PIN_OK sup.lee OK", "SIGN_IN sup.lee SUPERVISOR"), log.lines());
        assertEquals("sign-in", log.events().get(3).detail());
    }

    @Test
    void aSignInThatCannotBeJournaledIsRefusedWithASentence() {
        SupervisorPins pins = pins();
        SignInViewModel vm = vm(pins);
        log.failWrites = true;
        vm.idProperty().set("anna.k");
        vm.signIn();
        assertNull(signedIn);
        assertEquals("The sign-in could not be written to the audit log, so it was refused: "
                + "The audit log could not be written (the disk is full).", vm.errorProperty().get());
        vm.roleProperty().set(Role.SUPERVISOR);
        vm.pinProperty().set("2468");
        vm.signIn();
        assertNull(signedIn);
        assertTrue(!pins.hasSupervisors(), "an enrolment that cannot be journaled is undone");
        log.failWrites = false;
        vm.roleProperty().set(Role.STAFF);
        vm.signIn();
        assertEquals("anna.k", signedIn.id());
    }
}
