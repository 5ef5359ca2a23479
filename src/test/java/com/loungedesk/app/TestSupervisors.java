package com.loungedesk.app;

import com.loungedesk.journal.Journal;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.SupervisorPins;
import java.nio.file.Path;
import java.time.Clock;

/** Enrols a supervisor the way the console does, in this user's config folder and the given journal. */
final class TestSupervisors {
    private TestSupervisors() {
    }

    static void enroll(Path dataDir, String id, String pin) {
        Path config = AppPaths.forThisUser().configDir();
        try (Journal journal = Journal.open(dataDir, config)) {
            new SupervisorPins(config.resolve("supervisors.json"), new PinHasher(1_000),
                    PinLockout.standard(Clock.systemUTC(), JournalSecurityLog.over(journal, "desk-1")))
                    .enroll(id, id, pin.toCharArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
