package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.journal.AuditEntry;
import com.loungedesk.journal.Journal;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.SupervisorPins;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cancel} on the command line needs the supervisor's PIN, under the console's journaled lockout. */
class CancelPinCommandTest {

    @TempDir
    Path dir;
    private SandboxFixture sandbox;
    private StringWriter out;
    private StringWriter err;
    private final InputStream stdin = System.in;

    @BeforeEach
    void start() throws Exception {
        System.setProperty("loungedesk.home", dir.resolve("home").toString());
        sandbox = new SandboxFixture(dir);
        try (Journal journal = Journal.open(dataDir(), AppPaths.forThisUser().configDir())) {
            new SupervisorPins(AppPaths.forThisUser().configDir().resolve(SupervisorPins.FILE_NAME), new PinHasher(1_000),
                    PinLockout.standard(Clock.systemUTC(), JournalSecurityLog.over(journal, "desk-1")))
                    .enroll("sup-1", "Sam", "2468".toCharArray());
        }
    }

    @AfterEach
    void stop() {
        System.setIn(stdin);
        sandbox.close();
        System.clearProperty("loungedesk.home");
    }

    private Path dataDir() {
        return dir.resolve("data");
    }

    private int run(String stdinText, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        if (stdinText != null) {
            System.setIn(new ByteArrayInputStream(stdinText.getBytes(StandardCharsets.UTF_8)));
        }
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--backend", sandbox.url(), "--api-key", DemoPasses.DEMO_KEY, "--data-dir",
                dataDir().toString(), "--operator", "ana"));
        return cli.execute(all.toArray(String[]::new));
    }

    private String redeemed() throws Exception {
        String reference = sandbox.post("/sandbox/passes", "{\"kind\":\"walkin\"}").get("reference").asText();
        assertEquals(0, run(null, "redeem", reference));
        return out.toString().replaceAll("(?s).*Order (\\S+)\\..*", "$1").strip();
    }

    private List<AuditEntry> audit(String kind) throws Exception {
        try (Journal journal = Journal.open(dataDir(), AppPaths.forThisUser().configDir())) {
            return journal.audit().latest(List.of(kind), 100);
        }
    }

    private List<AuditEntry> cancels() throws Exception {
        return audit("CANCEL");
    }

    @Test
    void withNoTerminalAndNoPinNothingIsCancelledExitTwoAndTheAttemptIsJournaled() throws Exception {
        String orderId = redeemed();
        assertEquals(2, run(null, "cancel", orderId, "--reason", "duplicate_scan", "--supervisor", "sup-1"));
        assertTrue(err.toString().startsWith("Not cancelled: the supervisor's PIN is needed."), err.toString());
        assertEquals(List.of(), cancels(), "nothing was sent or queued");
        assertEquals(1, audit("PIN_MISSING").size());
        assertEquals("sup-1", audit("PIN_MISSING").get(0).operatorId());
        assertEquals(2, run("", "cancel", orderId, "--reason", "duplicate_scan", "--supervisor", "sup-1", "--pin-stdin"),
                "an empty line is no PIN either");
        assertEquals(0, run("2468\n", "cancel", orderId, "--reason", "duplicate_scan", "--supervisor", "sup-1",
                "--pin-stdin"), err.toString());
        assertTrue(out.toString().startsWith("VALID"), out.toString());
        assertEquals(1, cancels().size(), "the order was still there to cancel: the refused tries sent nothing");
    }

    @Test
    void aWrongPinFromStdinIsRefusedAndJournaledAndTheRightOneCancels() throws Exception {
        String orderId = redeemed();
        assertEquals(2, run("1111\n", "cancel", orderId, "--reason", "wrong_guest", "--supervisor", "sup-1", "--pin-stdin"));
        assertEquals("Not cancelled: wrong PIN. 4 tries left before supervisor actions lock.", err.toString().strip());
        assertEquals(List.of(), cancels());
        assertEquals("WRONG_PIN", audit("PIN_FAILED").get(0).outcome());
        assertEquals(2, run("2468\n", "cancel", orderId, "--reason", "wrong_guest", "--supervisor", "nobody", "--pin-stdin"));
        assertTrue(err.toString().contains("no supervisor \"nobody\""), err.toString());
        assertEquals(0, run("2468\n", "cancel", orderId, "--reason", "wrong_guest", "--supervisor", "sup-1", "--pin-stdin"),
                err.toString());
        assertEquals(1, cancels().size());
        assertEquals("sup-1", audit("PIN_OK").get(0).operatorId());
    }

    @Test
    void theConsolesLockoutHoldsOnTheCommandLine() throws Exception {
        String orderId = redeemed();
        for (int i = 0; i < 5; i++) {
            assertEquals(2, run("0000\n", "cancel", orderId, "--reason", "wrong_guest", "--supervisor", "sup-1",
                    "--pin-stdin"));
        }
        assertTrue(err.toString().contains("locked for 5 min"), err.toString());
        assertEquals(2, run("2468\n", "cancel", orderId, "--reason", "wrong_guest", "--supervisor", "sup-1", "--pin-stdin"));
        assertTrue(err.toString().contains("locked"), err.toString());
        assertEquals(List.of(), cancels());
        assertEquals(1, audit("LOCKOUT_START").size());
        assertEquals(1, audit("PIN_LOCKED").size());
    }
}
