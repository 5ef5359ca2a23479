package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.journal.Journal;
import com.loungedesk.staff.PinCheck;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.SupervisorPins;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desk killed with -9 right after its fifth wrong PIN comes back locked. */
class PinLockoutKillTest {

    @TempDir
    Path dir;

    private static SupervisorPins pins(Path dir, Journal journal) {
        return new SupervisorPins(dir.resolve("config/supervisors.json"), new PinHasher(1_000),
                PinLockout.standard(Clock.systemUTC(), JournalSecurityLog.over(journal, "desk-9")));
    }

    /** Run in a forked JVM: five wrong PINs, then it waits to be killed without closing anything. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            Journal journal = Journal.open(dir.resolve("data"), dir.resolve("config"));
            SupervisorPins pins = pins(dir, journal);
            for (int i = 0; i < 5; i++) {
                System.out.println("CHECK " + pins.check("sup.lee", "0000".toCharArray(), "sign-in").result());
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aDeskKilledAfterTheFifthWrongPinIsStillLockedWhenItComesBack() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("data"), dir.resolve("config"))) {
            pins(dir, journal).enroll("sup.lee", "Lee", "2468".toCharArray());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), dir.toString()).redirectErrorStream(true).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && !line.equals("READY"); line = r.readLine()) {
                if (line.startsWith("CHECK ")) {
                    said.add(line);
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(List.of("CHECK WRONG_PIN", "CHECK WRONG_PIN", "CHECK WRONG_PIN", "CHECK WRONG_PIN", "CHECK LOCKED"), said);
        try (Journal reopened = Journal.open(dir.resolve("data"), dir.resolve("config"))) {
            assertEquals(PinCheck.Result.LOCKED, pins(dir, reopened).check("sup.lee", "2468".toCharArray(), "sign-in").result());
        }
    }
}
