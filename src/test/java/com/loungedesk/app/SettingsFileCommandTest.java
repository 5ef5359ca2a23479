package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.config.SettingsStore;
import com.loungedesk.sandbox.DemoPasses;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A settings file that holds null, bad JSON or a wrong type never breaks a command given its flags. */
class SettingsFileCommandTest {

    @TempDir
    Path dir;
    private SandboxFixture sandbox;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void start() {
        System.setProperty("loungedesk.home", dir.resolve("home").toString());
        sandbox = new SandboxFixture(dir);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        System.clearProperty("loungedesk.home");
    }

    private Path settingsFile(String text) throws Exception {
        Path file = AppPaths.forThisUser().configDir().resolve(SettingsStore.FILE_NAME);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private int lookup() {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("lookup", DemoPasses.WALKIN_EPASS, "--backend", sandbox.url(), "--api-key",
                DemoPasses.DEMO_KEY, "--data-dir", dir.resolve("data").toString());
    }

    @Test
    void aSettingsFileHoldingNullIsNoSettings() throws Exception {
        settingsFile("null");
        assertEquals(0, lookup(), err.toString());
        assertEquals("", err.toString());
    }

    @Test
    void invalidJsonIsOneSentenceAndTheFlagsStillWork() throws Exception {
        Path file = settingsFile("{\"backendUrl\": \"https://a.example.com\",");
        assertEquals(0, lookup(), err.toString());
        String said = err.toString().strip();
        assertTrue(said.startsWith("Settings file " + file + " is not valid JSON (line 1, column "), said);
        assertEquals(1, said.lines().count(), said);
        assertTrue(Files.exists(file.resolveSibling("settings.json.unreadable")));
    }

    @Test
    void aWrongTypeNamesTheFieldInOneSentence() throws Exception {
        Path file = settingsFile("{\"sounds\": {\"on\": 1}}");
        assertEquals(0, lookup(), err.toString());
        String said = err.toString().strip();
        assertEquals("Settings file " + file + " has a wrong value in the field \"sounds\" (expected true or false); "
                + "it was kept as settings.json.unreadable and the defaults are used.", said);
        assertFalse(said.contains("at com.fasterxml"));
    }
}
