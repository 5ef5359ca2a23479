package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
