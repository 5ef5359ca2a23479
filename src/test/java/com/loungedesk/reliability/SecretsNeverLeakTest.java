package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.OctoRedemptionClient;
import com.loungedesk.app.ClientServices;
import com.loungedesk.app.DeskLogConfigurator;
import com.loungedesk.app.Main;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.MemorySecurityLog;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * A full session — sandbox, the headless commands (lookup, redeem, cancel, orders, journal sync /
 * verify / export), the console's services with the tracker polling, a redeem queued while the backend
 * is down then synced, a revoked key refused — with com.loungedesk at TRACE (other libraries at INFO). The configured supplier keys
 * appear nowhere: not in any log event or its stack trace, not on stdout/stderr, not in any sentence,
 * not in the journal file or its export. (No staff/PIN package exists yet, so no PIN is checked.)
 */
class SecretsNeverLeakTest {

    private static final String MAIN_KEY = "sk-main-7f3a9c1e5b2d4f60a8e1";
    private static final String PARTNER_KEY = "sk-partner-2b8d6e4f1a3c5e7d9b0f";
    private static final String REVOKED_KEY = "sk-revoked-9e8d7c6b5a4f3e2d1c0b";
    private static final List<String> SECRETS = List.of(MAIN_KEY, PARTNER_KEY, REVOKED_KEY);
    private static final String PIN = "73916482";
    private static final String WRONG_PIN = "51804627";

    @TempDir
    Path dir;
    private final StringBuilder seen = new StringBuilder();

    private int cli(String url, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        if (!args[0].equals("journal") || args[1].equals("sync")) {
            all.addAll(List.of("--backend", url, "--api-key", MAIN_KEY, "--api-key", PARTNER_KEY));
        }
        all.addAll(List.of("--data-dir", dir.resolve("cli").toString(), "--operator", "ana"));
        int code = cli.execute(all.toArray(String[]::new));
        seen.append(out).append('\n').append(err).append('\n');
        return code;
    }

    @Test
    void theConfiguredKeysNeverAppearInLogsOutputSentencesOrTheJournal() throws Exception {
        scanSession(Level.INFO);
    }

    /**
     * The same session with the logging the app ships ({@code DeskLogConfigurator}: a rolling file
     * in the log folder, WARN on the console, Jetty and Javalin at WARN): neither the captured events
     * nor the log file it writes may hold a key. Before that file existed, logback's DEBUG default let
     * Jetty log "parsedHeader(Authorization: Bearer <key>)".
     */
    @Test
    void theKeysNeverAppearWithTheLoggingTheAppShips() throws Exception {
        LoggerContext logs = (LoggerContext) LoggerFactory.getILoggerFactory();
        Path logDir = dir.resolve("shipped-logs");
        try {
            logs.reset();
            DeskLogConfigurator.apply(logs, logDir);
            scanSession(null);
            StringBuilder file = new StringBuilder();
            try (var files = Files.list(logDir)) {
                for (Path f : files.toList()) {
                    file.append(Files.readString(f, StandardCharsets.ISO_8859_1));
                }
            }
            assertTrue(file.length() > 0, "the shipped configuration wrote a log file");
            for (String secret : SECRETS) {
                assertEquals(-1, file.indexOf(secret), "a key leaked into the log file");
            }
        } finally {
            configure(logs, SecretsNeverLeakTest.class.getResource("/logback-test.xml"));
        }
    }

    private static void configure(LoggerContext logs, java.net.URL config) throws Exception {
        logs.reset();
        ch.qos.logback.classic.joran.JoranConfigurator joran = new ch.qos.logback.classic.joran.JoranConfigurator();
        joran.setContext(logs);
        joran.doConfigure(config);
    }

    private void scanSession(Level rootSetting) throws Exception {
        LoggerContext logs = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = logs.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Logger ours = logs.getLogger("com.loungedesk");
        Level rootLevel = root.getLevel();
        Level ourLevel = ours.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        if (rootSetting != null) {
            root.setLevel(rootSetting);
            ours.setLevel(Level.TRACE);
        }
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setProperty("loungedesk.home", dir.resolve("home").toString());
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            session();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            System.clearProperty("loungedesk.home");
            root.detachAppender(captured);
            if (rootSetting != null) {
                root.setLevel(rootLevel);
                ours.setLevel(ourLevel);
            }
        }
        StringBuilder everything = new StringBuilder(seen).append(console.toString(StandardCharsets.UTF_8));
        for (ILoggingEvent e : captured.list) {
            everything.append(e.getFormattedMessage()).append('\n').append(e.getMDCPropertyMap()).append('\n');
            if (e.getThrowableProxy() != null) {
                everything.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
            }
        }
        for (Path f : List.of(dir.resolve("cli").resolve("journal.db"), dir.resolve("desk").resolve("journal.db"))) {
            everything.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
        }
        assertTrue(captured.list.size() > (rootSetting == null ? 0 : 30),
                "the session really logged: " + captured.list.size() + " events");
        if (rootSetting != null) {
            assertTrue(captured.list.stream().anyMatch(e -> e.getLevel() == Level.DEBUG || e.getLevel() == Level.TRACE)
                    || captured.list.size() > 30);
        }
        for (String pin : List.of(PIN, WRONG_PIN)) {
            assertEquals(-1, everything.indexOf(pin), "a supervisor PIN leaked");
        }
        for (String secret : SECRETS) {
            int at = everything.indexOf(secret);
            assertEquals(-1, at, "a key leaked: …" + (at < 0 ? "" : everything.substring(Math.max(0, at - 200), at)));
            assertEquals(-1, everything.indexOf(secret.substring(3, 19)), "part of a key leaked");
        }
        System.out.println("FIGURE secrets scan: " + captured.list.size() + " log events, " + everything.length()
                + " characters of output and journal scanned, 0 key occurrences");
    }

    private void session() throws Exception {
        SandboxConfig config = SandboxConfig.of(dir.resolve("sandbox.db")).withApiKeys(List.of(MAIN_KEY, PARTNER_KEY));
        try (LiveSandbox sandbox = new LiveSandbox(config);
             FaultProxy proxy = new FaultProxy(sandbox.url())) {
            String url = sandbox.url();
            Path pinFile = dir.resolve("home").resolve("config").resolve("supervisors.json");
            SupervisorPins pins = new SupervisorPins(pinFile, PinHasher.standard(), PinLockout.standard(Clock.systemUTC(), new MemorySecurityLog()));
            pins.enroll("sup-1", "Sam Supervisor", PIN.toCharArray());
            seen.append(pins.check("sup-1", WRONG_PIN.toCharArray(), "test")).append(pins.check("sup-1", PIN.toCharArray(), "test"))
                    .append(Files.readString(pinFile)).append('\n');
            String first = sandbox.envelope("POST", MAIN_KEY, "/sandbox/passes", "{\"kind\":\"walkin\",\"entitlements\":5}")
                    .get("reference").asText();
            assertEquals(0, cli(url, "lookup", first));
            assertEquals(0, cli(url, "redeem", first));
            String orderId = sandbox.orders(MAIN_KEY).stream().filter(o -> o.get("redemptionCodes").toString().contains(first))
                    .findFirst().orElseThrow().get("orderId").asText();
            java.io.InputStream stdin = System.in;
            try {
                System.setIn(new java.io.ByteArrayInputStream((PIN + "\n").getBytes(StandardCharsets.UTF_8)));
                assertEquals(0, cli(url, "cancel", orderId, "--reason", "DUPLICATE_SCAN", "--supervisor", "sup-1",
                        "--pin-stdin"));
            } finally {
                System.setIn(stdin);
            }
            assertEquals(2, cli(url, "lookup", "NOT-A-PASS-AT-ALL"));
            assertEquals(0, cli(url, "orders"));
            assertEquals(0, cli(url, "journal", "sync"));
            assertEquals(0, cli(url, "journal", "verify"));
            assertEquals(0, cli(url, "journal", "export", "--out", dir.resolve("export.csv").toString()));
            seen.append(Files.readString(dir.resolve("export.csv")));

            DeskSettings settings = DeskSettings.defaults().withBackend(proxy.url(), List.of(MAIN_KEY, PARTNER_KEY));
            try (ClientServices desk = ClientServices.open(settings, proxy.url(), dir.resolve("desk"), dir.resolve("config"),
                    new OrderTracker.Settings(Duration.ofMillis(300), Duration.ofSeconds(2), 3, 10_000, null))) {
                desk.start();
                DeskContext who = new DeskContext("desk-s", "ana", "Ana");
                LookupOutcome pass = desk.desk().lookup(who, first, "camera");
                proxy.down();
                Verdict queued = desk.desk().redeem(who, pass, List.of(pass.bookings().get(0).redemptionCode()), 0);
                assertEquals(VerdictKind.QUEUED, queued.kind(), queued.message());
                seen.append(queued.message()).append('\n').append(desk.tracker().health()).append('\n');
                Thread.sleep(1_500); // the tracker fails a few polls against the dead backend
                proxy.up();
                seen.append(desk.outboxSync().syncOnce()).append('\n');
                seen.append(desk.desk().lookup(who, "7777000022220001", "typed")).append('\n');
            }

            try (HttpGateway gateway = new HttpGateway(ApiConfig.of(url, false), Json.mapper())) {
                ApiException refused = assertThrows(ApiException.class,
                        () -> new OctoRedemptionClient(gateway).lookup(REVOKED_KEY, first));
                StringWriter trace = new StringWriter();
                refused.printStackTrace(new PrintWriter(trace));
                seen.append(refused.getMessage()).append('\n').append(trace).append('\n');
                assertFalse(refused.getMessage().isBlank());
            }
            assertTrue(cli("http://127.0.0.1:1", "lookup", first) != 0, "an unreachable backend is not a success");
        }
    }
}
