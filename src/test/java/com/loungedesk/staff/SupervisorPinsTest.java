package com.loungedesk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import com.loungedesk.ui.testkit.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorPinsTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final MemorySecurityLog log = new MemorySecurityLog();

    private SupervisorPins pins() {
        return new SupervisorPins(dir.resolve("supervisors.json"), new PinHasher(1_000), PinLockout.standard(clock, log));
    }

    @Test
    void everyAttemptIsJournaledWithItsResultButNeverThePin() throws Exception {
        SupervisorPins pins = pins();
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
        pins.check("sup.lee", "1111".toCharArray(), "cancel ord-1");
        pins.check("nobody", "2468".toCharArray(), "sign-in");
        pins.check(" sup.lee ", "2468".toCharArray(), "sign-in");
        for (int i = 0; i < 5; i++) {
            pins.check("sup.lee", "0000".toCharArray(), "sign-in");
        }
        pins.check("sup.lee", "2468".toCharArray(), "sign-in");
        clock.advance(Duration.ofMinutes(5));
        pins.check("sup.lee", "2468".toCharArray(), "sign-in");
        assertEquals(java.util.List.of("PIN_ENROLLED sup.lee ", "PIN_CHANGED sup.lee ", "PIN_FAILED sup.lee WRONG_PIN",
                "PIN_FAILED nobody UNKNOWN_SUPERVISOR", "PIN_OK sup.lee OK", "PIN_FAILED sup.lee WRONG_PIN",
                "PIN_FAILED sup.lee WRONG_PIN", "PIN_FAILED sup.lee WRONG_PIN", "PIN_FAILED sup.lee WRONG_PIN",
                "LOCKOUT_START sup.lee WRONG_PIN", "PIN_LOCKED sup.lee LOCKED", "LOCKOUT_END sup.lee ", "PIN_OK sup.lee OK"),
                log.lines());
        assertEquals("cancel ord-1", log.events().get(2).detail());
        assertTrue(log.events().get(9).detail().startsWith("until=2026-11-23T08:05:00Z"), log.events().get(9).detail());
        assertFalse(log.events().toString().contains("2468"));
        assertFalse(log.events().toString().contains("0000"));
    }

    @Test
    void aPinCheckThatCannotBeJournaledIsRefusedEvenWithTheRightPin() throws Exception {
        SupervisorPins pins = pins();
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
        log.failWrites = true;
        assertEquals(PinCheck.Result.NOT_RECORDED, pins.check("sup.lee", "2468".toCharArray(), "sign-in").result());
        log.failWrites = false;
        assertTrue(pins.check("sup.lee", "2468".toCharArray(), "sign-in").ok());
    }

    @Test
    void anEnrolmentThatCannotBeJournaledIsUndone() throws Exception {
        SupervisorPins pins = pins();
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
        log.failWrites = true;
        assertThrows(SecurityLogException.class, () -> pins.enroll("sup.lee", "Lee", "1357".toCharArray()));
        assertThrows(SecurityLogException.class, () -> pins.enroll("sup.kim", "Kim", "1357".toCharArray()));
        log.failWrites = false;
        SupervisorPins reloaded = pins();
        assertTrue(reloaded.find("sup.kim").isEmpty());
        assertTrue(reloaded.check("sup.lee", "2468".toCharArray(), "sign-in").ok(), "the old PIN still holds");
    }

    @Test
    void theLockIsReadFromTheLogSoANewStoreOverTheSameLogIsStillLocked() throws Exception {
        SupervisorPins pins = pins();
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
        for (int i = 0; i < 5; i++) {
            pins.check("sup.lee", "0000".toCharArray(), "sign-in");
        }
        SupervisorPins restarted = pins();
        PinCheck c = restarted.check("sup.lee", "2468".toCharArray(), "sign-in");
        assertEquals(PinCheck.Result.LOCKED, c.result());
        assertEquals(Duration.ofMinutes(5), c.lockedFor());
    }

    @Test
    void pinIsStoredOnlyAsSaltedHashInOwnerOnlyFile() throws Exception {
        SupervisorPins pins = pins();
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
        pins.enroll("sup.kim", "Kim", "2468".toCharArray());
        String file = Files.readString(dir.resolve("supervisors.json"));
        assertFalse(file.contains("2468"));
        assertEquals(2, file.split("pbkdf2-sha256\\$1000\\$").length - 1);
        assertFalse(pins.find("sup.lee").get().pinHash().equals(pins.find("sup.kim").get().pinHash()),
                "same PIN, different salt, different hash");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("supervisors.json"))));
    }

    @Test
    void rightPinPassesAfterReload() throws Exception {
        pins().enroll("sup.lee", "Lee", "2468".toCharArray());
        SupervisorPins again = pins();
        assertTrue(again.check("SUP.LEE", "2468".toCharArray(), "t").ok());
        assertEquals(PinCheck.Result.WRONG_PIN, again.check("sup.lee", "2469".toCharArray(), "t").result());
        assertEquals(PinCheck.Result.UNKNOWN_SUPERVISOR, again.check("nobody", "2468".toCharArray(), "t").result());
    }

    @Test
    void fiveWrongPinsLockSupervisorActionsForAWhile() throws Exception {
        SupervisorPins pins = pins();
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
        for (int i = 4; i >= 1; i--) {
            PinCheck c = pins.check("sup.lee", "0000".toCharArray(), "t");
            assertEquals(PinCheck.Result.WRONG_PIN, c.result());
            assertEquals(i, c.triesLeft());
        }
        assertEquals(PinCheck.Result.LOCKED, pins.check("sup.lee", "0000".toCharArray(), "t").result());
        PinCheck locked = pins.check("sup.lee", "2468".toCharArray(), "t");
        assertEquals(PinCheck.Result.LOCKED, locked.result(), "even the right PIN waits out the lock");
        assertEquals(Duration.ofMinutes(5), locked.lockedFor());
        clock.advance(Duration.ofMinutes(5));
        assertTrue(pins.check("sup.lee", "2468".toCharArray(), "t").ok());
    }

    @Test
    void rightPinResetsTheCount() throws Exception {
        SupervisorPins pins = pins();
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
        for (int i = 0; i < 4; i++) {
            pins.check("sup.lee", "0000".toCharArray(), "t");
        }
        assertTrue(pins.check("sup.lee", "2468".toCharArray(), "t").ok());
        assertEquals(PinCheck.Result.WRONG_PIN, pins.check("sup.lee", "0000".toCharArray(), "t").result());
    }

    @Test
    void weakPinsAndBadIdsAreRefused() {
        SupervisorPins pins = pins();
        assertThrows(IllegalArgumentException.class, () -> pins.enroll("sup.lee", "Lee", "12".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> pins.enroll("sup.lee", "Lee", "12ab".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> pins.enroll("sup lee", "Lee", "1234".toCharArray()));
        assertFalse(pins.hasSupervisors());
    }

    @Test
    void malformedStoredHashNeverMatches() {
        PinHasher h = new PinHasher(1_000);
        assertFalse(h.matches("1234".toCharArray(), "garbage"));
        assertFalse(h.matches("1234".toCharArray(), "pbkdf2-sha256$x$y$z"));
        assertTrue(h.matches("1234".toCharArray(), h.hash("1234".toCharArray())));
    }
}
