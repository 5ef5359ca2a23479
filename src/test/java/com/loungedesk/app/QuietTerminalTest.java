package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.StatusUtil;
import ch.qos.logback.core.status.WarnStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.loungedesk.sandbox.DemoPasses;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Expected failures show one sentence on the terminal; stack traces go to the log file only. */
class QuietTerminalTest {

    @TempDir
    Path dir;
    private PrintStream savedErr;
    private PrintStream savedOut;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        savedErr = System.err;
        savedOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        System.setOut(savedOut);
    }

    @Test
    void anErrorWithItsTraceGoesToTheFileOnlyAndAWarningIsOneLineOnStderr() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        DeskLogConfigurator.apply(context, dir);
        Logger desk = context.getLogger("com.loungedesk.redemption.Desk");
        SQLException readOnly = new SQLException("[SQLITE_READONLY] Attempt to write a readonly database");
        desk.error("A scan could not be journaled", new IllegalStateException("journal is read-only", readOnly));
        desk.warn("Push recovery could not use the push ledger", new IllegalStateException("ledger busy"));
        context.stop();

        String terminal = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, terminal.lines().count(), terminal);
        assertTrue(terminal.contains("Push recovery could not use the push ledger"), terminal);
        assertFalse(terminal.contains("journaled"), terminal);
        String file = Files.readString(dir.resolve("loungedesk.log"), StandardCharsets.UTF_8);
        assertTrue(file.contains("A scan could not be journaled"), file);
        assertTrue(file.contains("Caused by: java.sql.SQLException: [SQLITE_READONLY]"), file);
        assertTrue(file.contains("\tat "), file);
    }

    @Test
    void logbacksOwnStatusNeverReachesStdoutAndItsWarningsAreOneLineOnStderr() {
        LoggerContext context = new LoggerContext();
        DeskLogConfigurator configurator = new DeskLogConfigurator();
        configurator.setContext(context);
        configurator.configure(context);

        // what Logback does after configuring: print every status on stdout if one is a warning, unless a listener is set
        context.getStatusManager().add(new WarnStatus("A triggering policy was already set", this));
        assertTrue(StatusUtil.contextHasStatusListener(context));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("LoungeDesk logging: A triggering policy was already set",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    /**
     * The case that printed 57 lines: a redeem refused because the journal file cannot be written, run as
     * the jar runs (child JVM, shipped logging). Needs a user that file permissions bind (not root).
     */
    @Test
    void aRedeemRefusedOnAReadOnlyJournalPrintsOneSentence() throws Exception {
        try (SandboxFixture sandbox = new SandboxFixture(dir.resolve("sandbox"))) {
            Path data = dir.resolve("data");
            List<String> common = List.of("--backend", sandbox.url(), "--api-key", DemoPasses.DEMO_KEY,
                    "--data-dir", data.toString(), "--operator", "ana");
            assertEquals(0, cli(common, "lookup", DemoPasses.WALKIN_EPASS).exitCode);
            Path journal = data.resolve("journal.db");
            assertTrue(journal.toFile().setWritable(false, false));
            assumeFalse(Files.isWritable(journal), "file permissions do not bind this user (root)");

            Cli redeem = cli(common, "redeem", DemoPasses.WALKIN_EPASS);

            assertEquals(1, redeem.exitCode, redeem.stderr);
            assertEquals(1, redeem.stderr.lines().count(), redeem.stderr);
            assertTrue(redeem.stderr.contains("The local journal cannot be written"), redeem.stderr);
        }
    }

    private record Cli(int exitCode, String stderr) {
    }

    private Cli cli(List<String> common, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir.resolve("user"), "-Dloungedesk.logdir=" + dir.resolve("logs"),
                "-cp", DecodeProcessTest.shippedClassPath(), Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(common);
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("cli-out.txt").toFile())
                .redirectError(dir.resolve("cli-err.txt").toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the command never ended");
        return new Cli(p.exitValue(), Files.readString(dir.resolve("cli-err.txt"), StandardCharsets.UTF_8));
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the journal is locked by another program",
                    new SQLException("[SQLITE_BUSY] database is locked"));
        }
    }

    @Test
    void aCommandThatThrowsPrintsOneSentenceNamingTheLogFileAndExitsOne() {
        StringWriter commandErr = new StringWriter();
        CommandLine cli = new CommandLine(new Boom()).setExecutionExceptionHandler(new CommandFailures());
        cli.setErr(new PrintWriter(commandErr, true));

        assertEquals(ExitCodes.ERROR, cli.execute());

        String terminal = commandErr.toString();
        assertEquals(1, terminal.lines().count(), terminal);
        assertTrue(terminal.startsWith("boom failed: the journal is locked by another program. Details are in "), terminal);
    }
}
