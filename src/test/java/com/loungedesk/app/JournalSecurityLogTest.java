package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.journal.AuditEntry;
import com.loungedesk.journal.Journal;
import com.loungedesk.staff.PinCheck;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.SupervisorPins;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PIN lockout lives in the journal: a restarted desk on the same journal is still locked. */
class JournalSecurityLogTest {

    @TempDir
    Path dir;

    private SupervisorPins pins(Journal journal) {
        return new SupervisorPins(dir.resolve("config/supervisors.json"), new PinHasher(1_000),
                PinLockout.standard(Clock.systemUTC(), JournalSecurityLog.over(journal, "desk-7")));
    }

    @Test
    void fiveWrongPinsThenANewLockoutOverTheSameJournalIsStillLocked() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("data"), dir.resolve("config"))) {
            SupervisorPins pins = pins(journal);
            pins.enroll("sup.lee", "Lee", "2468".toCharArray());
            for (int i = 0; i < 5; i++) {
                pins.check("sup.lee", "0000".toCharArray(), "sign-in");
            }
        }
        try (Journal reopened = Journal.open(dir.resolve("data"), dir.resolve("config"))) {
            PinCheck check = pins(reopened).check("sup.lee", "2468".toCharArray(), "cancel ord-1");
            assertEquals(PinCheck.Result.LOCKED, check.result(), "the right PIN waits out the lock after a restart");
            assertTrue(check.lockedFor().toMinutes() >= 4, check.lockedFor().toString());
            StringWriter csv = new StringWriter();
            reopened.audit().exportCsv(csv, Instant.EPOCH, Instant.now().plusSeconds(60));
            String text = csv.toString();
            assertTrue(text.contains("PIN_ENROLLED"), text);
            assertTrue(text.contains("LOCKOUT_START"), text);
            assertTrue(text.contains("PIN_LOCKED"), text);
            assertEquals(true, reopened.audit().verify().intact(), "security entries are chained like every other");
        }
    }

    @Test
    void fourWrongPinsSurviveARestartAndTheFifthLocks() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("data"), dir.resolve("config"))) {
            SupervisorPins pins = pins(journal);
            pins.enroll("sup.lee", "Lee", "2468".toCharArray());
            for (int i = 0; i < 4; i++) {
                pins.check("sup.lee", "0000".toCharArray(), "sign-in");
            }
        }
        try (Journal reopened = Journal.open(dir.resolve("data"), dir.resolve("config"))) {
            assertEquals(PinCheck.Result.LOCKED, pins(reopened).check("nobody", "0000".toCharArray(), "t").result());
            List<AuditEntry> newest = reopened.audit().latest(List.of("LOCKOUT_START"), 5);
            assertEquals(1, newest.size());
            assertEquals("nobody", newest.get(0).operatorId());
            assertEquals("desk-7", newest.get(0).deskId());
        }
    }
}
