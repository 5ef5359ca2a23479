package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

class LogSetupTest {

    @TempDir
    Path home;

    private String savedProperty;
    private PrintStream savedErr;

    @BeforeEach
    void clearProperty() {
        savedProperty = System.getProperty(LogSetup.LOG_DIR_PROPERTY);
        savedErr = System.err;
        System.clearProperty(LogSetup.LOG_DIR_PROPERTY);
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        if (savedProperty == null) {
            System.clearProperty(LogSetup.LOG_DIR_PROPERTY);
        } else {
            System.setProperty(LogSetup.LOG_DIR_PROPERTY, savedProperty);
        }
    }

    @Test
    void createsTheUsersLogFolderAndPublishesIt() {
        Path dir = LogSetup.init(AppPaths.under(home));

        assertEquals(home.resolve("logs"), dir);
        assertTrue(Files.isDirectory(dir));
        assertEquals(dir.toAbsolutePath().toString(), System.getProperty(LogSetup.LOG_DIR_PROPERTY));
    }

    @Test
    void aFolderGivenOnTheCommandLineWins() {
        Path given = home.resolve("elsewhere/logs");
        System.setProperty(LogSetup.LOG_DIR_PROPERTY, given.toString());

        assertEquals(given, LogSetup.init(AppPaths.under(home)));
        assertTrue(Files.isDirectory(given));
    }

    @Test
    void aFolderThatCannotBeCreatedFallsBackToTheTempFolder() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        Path dir = LogSetup.init(AppPaths.under(file));

        assertEquals(Path.of(System.getProperty("java.io.tmpdir"), "loungedesk-logs"), dir);
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void fileGetsInfoWhileConsoleGetsOnlyWarningsAndServerChatterStaysOut() throws Exception {
        Path dir = LogSetup.init(AppPaths.under(home));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));

        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        DeskLogConfigurator.apply(context, dir);
        Logger desk = context.getLogger("com.loungedesk.Desk");
        desk.info("pass scanned at desk 3");
        desk.warn("backend slow to answer");
        context.getLogger("org.eclipse.jetty.server.Server").info("jetty started");
        context.stop();

        String file = Files.readString(dir.resolve("loungedesk.log"), StandardCharsets.UTF_8);
        assertTrue(file.contains("pass scanned at desk 3"), file);
        assertTrue(file.contains("backend slow to answer"), file);
        assertFalse(file.contains("jetty started"), file);
        String err = console.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("backend slow to answer"), err);
        assertFalse(err.contains("pass scanned at desk 3"), err);
    }

    @Test
    void theShippedConfigurationStepsAsideForATestConfiguration() {
        LoggerContext context = new LoggerContext();
        DeskLogConfigurator configurator = new DeskLogConfigurator();
        configurator.setContext(context);

        // logback-test.xml is on the test class path
        assertEquals(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY,
                configurator.configure(context));
        assertFalse(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext());
    }
}
