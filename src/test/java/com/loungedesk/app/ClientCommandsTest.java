package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.sandbox.DemoPasses;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless commands against the real sandbox: output and the exit codes scripts rely on. */
class ClientCommandsTest {

    @TempDir
    Path dir;
    private SandboxFixture sandbox;
    private StringWriter out;
    private StringWriter err;
    private final java.io.InputStream stdin = System.in;

    @BeforeEach
    void start() {
        System.setProperty("loungedesk.home", dir.resolve("home").toString());
        sandbox = new SandboxFixture(dir);
    }

    @AfterEach
    void stop() {
        System.setIn(stdin);
        sandbox.close();
        System.clearProperty("loungedesk.home");
    }

    private int runAt(String url, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        if (!args[0].equals("journal") || !List.of("verify", "export").contains(args[1])) {
            all.addAll(List.of("--backend", url, "--api-key", DemoPasses.DEMO_KEY, "--api-key", DemoPasses.PARTNER_KEY));
        }
        all.addAll(List.of("--data-dir", dir.resolve("data").toString(), "--operator", "ana"));
        return cli.execute(all.toArray(String[]::new));
    }

    private void enrollSupervisor(String id, String pin) {
        TestSupervisors.enroll(dir.resolve("data"), id, pin);
    }

    private int run(String... args) {
        return runAt(sandbox.url(), args);
    }

    @Test
    void lookupListsTheBookingsAndAnUnknownPassExitsTwo() {
        assertEquals(0, run("lookup", DemoPasses.WALKIN_EPASS));
        assertTrue(out.toString().contains("visits left: 3"), out.toString());
        assertEquals(2, run("lookup", "NOT-A-PASS"));
        assertEquals("Not a pass of any supplier this desk serves.", err.toString().strip());
    }

    @Test
    void aPackageWithoutBookingListsThemAndExitsTwoThenRedeemsTheChosenOnes() {
        assertEquals(2, run("redeem", DemoPasses.PACKAGE));
        for (String code : DemoPasses.PACKAGE_CODES) {
            assertTrue(out.toString().contains(code), out.toString());
        }
        assertEquals(0, run("redeem", DemoPasses.PACKAGE, "--booking", DemoPasses.PACKAGE_CODES.get(0), "--booking",
                DemoPasses.PACKAGE_CODES.get(1)));
        assertTrue(out.toString().startsWith("VALID: Redeemed 2 bookings"), out.toString());
        assertEquals(2, run("redeem", DemoPasses.PACKAGE, "--booking", DemoPasses.PACKAGE_CODES.get(0)));
        assertTrue(err.toString().startsWith("ALREADY_USED"), err.toString());
    }

    @Test
    void redeemAndCancelExitZeroAndASecondCancelIsRefused() {
        assertEquals(0, run("redeem", DemoPasses.WALKIN_EPASS, "--guests", "2"));
        String orderId = out.toString().replaceAll("(?s).*Order (\\S+)\\..*", "$1").strip();
        enrollSupervisor("sup-1", "2468");
        System.setIn(new java.io.ByteArrayInputStream("2468\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(0, run("cancel", orderId, "--reason", "guest_dissatisfied", "--supervisor", "sup-1", "--pin-stdin"));
        System.setIn(new java.io.ByteArrayInputStream("2468\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(2, run("cancel", orderId, "--reason", "duplicate scan", "--supervisor", "sup-1", "--pin-stdin"));
        assertTrue(err.toString().startsWith("NOT_REDEEMABLE: Not cancelled"), err.toString());
        assertEquals(2, run("redeem", DemoPasses.WALKIN_EPASS, "--guests", "3"));
        assertEquals(0, run("journal", "verify"));
        assertTrue(out.toString().startsWith("All "), out.toString());
    }

    @Test
    void anUnreachableBackendQueuesWithExitThreeAndJournalSyncSendsIt() throws Exception {
        assertEquals(1, runAt("http://127.0.0.1:1", "lookup", DemoPasses.WALKIN_EPASS), "a lookup is not queued");
        assertTrue(err.toString().startsWith("Could not connect to the backend at 127.0.0.1:1"), err.toString());
        String reference = sandbox.post("/sandbox/passes", "{\"kind\":\"walkin\"}").get("reference").asText();
        try (CuttingProxy proxy = new CuttingProxy(sandbox.url(), "/octo/redemption/redeem")) {
            assertEquals(3, runAt(proxy.url(), "redeem", reference));
            assertTrue(err.toString().startsWith("QUEUED: Queued: The connection to the backend"), err.toString());
            assertEquals(3, runAt(proxy.url(), "journal", "sync"));
            assertEquals("0 sent, 0 refused, 1 still waiting.", out.toString().strip());
        }
        assertEquals(0, sandbox.ordersFor(DemoPasses.DEMO_KEY, reference).size());
        assertEquals(0, run("journal", "sync"));
        assertEquals("1 sent, 0 refused, 0 still waiting.", out.toString().strip());
        assertEquals(1, sandbox.ordersFor(DemoPasses.DEMO_KEY, reference).size());
    }

    @Test
    void anUnreachableBackendRedeemsNothingUnlessASupervisorAdmitsOfflineThenItIsSentOnce() throws Exception {
        enrollSupervisor("sup-1", "2468");
        String down = "http://127.0.0.1:1";
        assertEquals(1, runAt(down, "redeem", DemoPasses.WALKIN_EPASS));
        assertTrue(err.toString().startsWith("could not reach the backend: nothing was redeemed"), err.toString());
        assertEquals(1, withStdin("2468\n", () -> runAt(down, "redeem", DemoPasses.WALKIN_EPASS, "--offline",
                "--supervisor", "sup-1", "--pin-stdin")), "no reason given");
        assertEquals(2, withStdin("\n", () -> runAt(down, "redeem", DemoPasses.WALKIN_EPASS, "--offline",
                "--supervisor", "sup-1", "--reason", "network down", "--pin-stdin")));
        assertTrue(err.toString().startsWith("Nobody was admitted: the supervisor's PIN is needed."), err.toString());
        assertEquals(2, withStdin("1111\n", () -> runAt(down, "redeem", DemoPasses.WALKIN_EPASS, "--offline",
                "--supervisor", "sup-1", "--reason", "network down", "--pin-stdin")));
        assertTrue(err.toString().startsWith("Nobody was admitted: wrong PIN."), err.toString());
        assertEquals(3, withStdin("2468\n", () -> runAt(down, "redeem", DemoPasses.WALKIN_EPASS, "--offline",
                "--supervisor", "sup-1", "--reason", "network down", "--guests", "1", "--pin-stdin")));
        assertTrue(out.toString().startsWith("QUEUED: Admitted offline: 2 people on sup-1's word."), out.toString());
        assertEquals(0, sandbox.ordersFor(DemoPasses.DEMO_KEY, DemoPasses.WALKIN_EPASS).size());

        assertEquals(0, run("journal", "sync"));
        assertEquals("1 sent, 0 refused, 0 still waiting.", out.toString().strip());
        List<JsonNode> orders = sandbox.ordersFor(DemoPasses.DEMO_KEY, DemoPasses.WALKIN_EPASS);
        assertEquals(1, orders.size());
        assertEquals(1, orders.get(0).path("passengers").path("guests").asInt(), orders.toString());
        assertEquals(0, run("journal", "sync"));
        assertEquals(1, sandbox.ordersFor(DemoPasses.DEMO_KEY, DemoPasses.WALKIN_EPASS).size(), "sent once");
        assertEquals(0, run("journal", "export", "--out", dir.resolve("audit.csv").toString()));
        String audit = Files.readString(dir.resolve("audit.csv"));
        assertTrue(audit.contains("OFFLINE_ADMISSION") && audit.contains("ADMITTED") && audit.contains("SENT"), audit);
        assertTrue(audit.contains("PIN_MISSING") && audit.contains("PIN_FAILED") && audit.contains("PIN_OK"), audit);
    }

    private static int withStdin(String text, java.util.function.IntSupplier run) {
        java.io.InputStream before = System.in;
        System.setIn(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return run.getAsInt();
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void ordersPrintsTheTableAndWatchPrintsChanges() throws Exception {
        assertEquals(0, run("orders"));
        assertTrue(out.toString().contains(DemoPasses.SPENT_EPASS_ORDERS.get(0)), out.toString());
        int[] exit = {-1};
        Thread watcher = new Thread(() -> exit[0] = run("orders", "--watch", "--polls", "3"), "watch");
        watcher.start();
        long until = System.nanoTime() + 30_000_000_000L;
        while (!out.toString().contains("Watching") && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        JsonNode walkin = sandbox.post("/sandbox/simulate/walkin", "{\"reference\":\"" + DemoPasses.WALKIN_EPASS + "\"}");
        watcher.join(60_000);
        assertEquals(0, exit[0]);
        String watched = out.toString().substring(out.toString().indexOf("Watching"));
        assertTrue(watched.contains(walkin.get("orderId").asText() + "  new USED"), watched);
    }

    @Test
    void journalExportWritesCsvAndKeysAreNeverPrinted() throws Exception {
        assertEquals(0, run("redeem", DemoPasses.WALKIN_EPASS));
        Path csv = dir.resolve("audit.csv");
        assertEquals(0, run("journal", "export", "--out", csv.toString()));
        String text = Files.readString(csv);
        assertTrue(text.startsWith("id,at,desk,operator,kind,reference,outcome"), text);
        assertTrue(text.contains(",REDEEM,"), text);
        assertEquals(0, run("journal", "export", "--shift"));
        assertTrue(out.toString().contains("ana,1,0,0,0"), out.toString());
        assertFalse(text.contains(DemoPasses.DEMO_KEY) || out.toString().contains(DemoPasses.DEMO_KEY)
                || err.toString().contains(DemoPasses.DEMO_KEY));
    }

    @Test
    void withoutABackendOrKeysTheCommandsSaySoAndExitOne() {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertEquals(1, cli.execute("lookup", "X", "--data-dir", dir.toString()));
        assertTrue(err.toString().startsWith("No backend is configured"), err.toString());
    }
}
