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

    private SupervisorPins pins() {
        return new SupervisorPins(dir.resolve("supervisors.json"), new PinHasher(1_000), PinLockout.standard(clock));
    }

    @Test
    void everyAttemptIsToldWithItsResultButNeverThePin() throws Exception {
        SupervisorPins pins = pins();
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
        java.util.List<String> told = new java.util.ArrayList<>();
        pins.setAttemptLog((id, result) -> told.add(id + ":" + result));
        pins.check("sup.lee", "1111".toCharArray());
        pins.check("nobody", "2468".toCharArray());
        pins.check(" sup.lee ", "2468".toCharArray());
        for (int i = 0; i < 5; i++) {
            pins.check("sup.lee", "0000".toCharArray());
        }
        assertEquals(java.util.List.of("sup.lee:WRONG_PIN", "nobody:UNKNOWN_SUPERVISOR", "sup.lee:OK",
                "sup.lee:WRONG_PIN", "sup.lee:WRONG_PIN", "sup.lee:WRONG_PIN", "sup.lee:WRONG_PIN", "sup.lee:LOCKED"),
                told);
        assertFalse(told.toString().contains("2468"));
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
        assertTrue(again.check("SUP.LEE", "2468".toCharArray()).ok());
        assertEquals(PinCheck.Result.WRONG_PIN, again.check("sup.lee", "2469".toCharArray()).result());
        assertEquals(PinCheck.Result.UNKNOWN_SUPERVISOR, again.check("nobody", "2468".toCharArray()).result());
    }

    @Test
    void fiveWrongPinsLockSupervisorActionsForAWhile() throws Exception {
        SupervisorPins pins = pins();
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
        for (int i = 4; i >= 1; i--) {
            PinCheck c = pins.check("sup.lee", "0000".toCharArray());
            assertEquals(PinCheck.Result.WRONG_PIN, c.result());
            assertEquals(i, c.triesLeft());
        }
        assertEquals(PinCheck.Result.LOCKED, pins.check("sup.lee", "0000".toCharArray()).result());
        PinCheck locked = pins.check("sup.lee", "2468".toCharArray());
        assertEquals(PinCheck.Result.LOCKED, locked.result(), "even the right PIN waits out the lock");
        assertEquals(Duration.ofMinutes(5), locked.lockedFor());
        clock.advance(Duration.ofMinutes(5));
        assertTrue(pins.check("sup.lee", "2468".toCharArray()).ok());
    }

    @Test
    void rightPinResetsTheCount() throws Exception {
        SupervisorPins pins = pins();
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
        for (int i = 0; i < 4; i++) {
            pins.check("sup.lee", "0000".toCharArray());
        }
        assertTrue(pins.check("sup.lee", "2468".toCharArray()).ok());
        assertEquals(PinCheck.Result.WRONG_PIN, pins.check("sup.lee", "0000".toCharArray()).result());
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
