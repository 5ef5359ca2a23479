package com.loungedesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaultsOnTheEmbeddedSandbox() {
        SettingsStore.Loaded loaded = new SettingsStore(dir, Map.of()).load();
        assertTrue(loaded.settings().usesEmbeddedSandbox());
        assertEquals("", loaded.problem());
    }

    @Test
    void savedSettingsRoundTripAndTheFileIsOwnerOnly() throws Exception {
        SettingsStore store = new SettingsStore(dir, Map.of());
        DeskSettings s = DeskSettings.defaults().withBackend("https://api.example.com", List.of("k1", "k2"));
        store.save(s);
        assertEquals(s, store.load().settings());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
    }

    @Test
    void garbageFileGivesDefaultsAndAPlainProblemAndKeepsTheFile() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{not json");
        SettingsStore.Loaded loaded = new SettingsStore(dir, Map.of()).load();
        assertEquals(DeskSettings.defaults(), loaded.settings());
        assertFalse(loaded.problem().isEmpty());
        assertTrue(Files.exists(dir.resolve(SettingsStore.FILE_NAME + ".unreadable")));
    }

    @Test
    void environmentKeysAndBackendWinOverTheFile() throws Exception {
        SettingsStore store = new SettingsStore(dir, Map.of("LOUNGEDESK_API_KEYS", " a , b ,",
                "LOUNGEDESK_BACKEND_URL", "https://b.example.com"));
        store.save(DeskSettings.defaults().withBackend("https://file.example.com", List.of("file-key")));
        DeskSettings s = store.load().settings();
        assertEquals(List.of("a", "b"), s.apiKeys());
        assertEquals("https://b.example.com", s.backendUrl());
    }

    @Test
    void environmentKeysAndUrlAreNeverWrittenAndTheFilesOwnKeysStay() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME),
                "{\"backendUrl\":\"https://file.example.com\",\"apiKeys\":[\"file-key-1\"]}");
        SettingsStore store = new SettingsStore(dir, Map.of("LOUNGEDESK_API_KEYS", "env-key-1,env-key-2",
                "LOUNGEDESK_BACKEND_URL", "https://env.example.com"));
        DeskSettings loaded = store.load().settings();
        assertEquals(List.of("env-key-1", "env-key-2"), store.environmentKeys());
        store.save(new DeskSettings(loaded.backendUrl(), loaded.apiKeys(), loaded.deskId(), loaded.mode(), "", false, 9,
                "zh-CN", "dark", false, loaded.push(), loaded.backendType(), loaded.octo()));
        String file = Files.readString(store.file());
        assertFalse(file.contains("env-key"), file);
        assertFalse(file.contains("env.example.com"), file);
        assertTrue(file.contains("file-key-1") && file.contains("https://file.example.com"), file);
        assertTrue(file.contains("zh-CN"), "the rest was saved");
        store.save(loaded.withBackend("https://new.example.com", List.of("env-key-1", "typed-key")));
        file = Files.readString(store.file());
        assertFalse(file.contains("env-key"), file);
        assertTrue(file.contains("typed-key") && file.contains("https://new.example.com"), file);
    }

    @Test
    void aFileHoldingNullIsNoSettings() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "null");
        SettingsStore.Loaded loaded = new SettingsStore(dir, Map.of("LOUNGEDESK_BACKEND_URL", "https://b.example.com")).load();
        assertEquals("", loaded.problem());
        assertEquals("https://b.example.com", loaded.settings().backendUrl());
        assertEquals(DeskSettings.defaults().deskId(), loaded.settings().deskId());
    }

    @Test
    void invalidJsonIsOneSentenceNamingTheFileAndWhere() throws Exception {
        Path file = dir.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "{\n  \"backendUrl\": \"https://a.example.com\",\n  \"apiKeys\": [\"k1\"\n");
        String problem = new SettingsStore(dir, Map.of()).load().problem();
        assertTrue(problem.startsWith("Settings file " + file + " is not valid JSON (line "), problem);
        assertTrue(problem.endsWith("it was kept as settings.json.unreadable and the defaults are used."), problem);
        assertEquals(1, problem.lines().count());
    }

    @Test
    void aWrongTypeNamesTheField() throws Exception {
        Path file = dir.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "{\"backendUrl\":\"https://a.example.com\",\"verdictSeconds\":\"four\"}");
        assertEquals("Settings file " + file + " has a wrong value in the field \"verdictSeconds\" (expected a whole "
                + "number); it was kept as settings.json.unreadable and the defaults are used.",
                new SettingsStore(dir, Map.of()).load().problem());
        Files.writeString(file, "{\"push\":{\"port\":[1]}}");
        assertTrue(new SettingsStore(dir, Map.of()).load().problem().contains("field \"push.port\""));
        Files.writeString(file, "{\"mode\":\"SELL\"}");
        assertTrue(new SettingsStore(dir, Map.of()).load().problem().contains("field \"mode\" (expected one of [REDEEM, VALIDATE])"));
        Files.writeString(file, "[1, 2]");
        assertTrue(new SettingsStore(dir, Map.of()).load().problem().startsWith("Settings file " + file + " "));
    }

    @Test
    void toStringAndMaskNeverShowAKey() {
        DeskSettings s = DeskSettings.defaults().withBackend("", List.of("supersecretkey"));
        assertFalse(s.toString().contains("supersecretkey"));
        assertEquals("supe••••", DeskSettings.mask("supersecretkey"));
    }
}
