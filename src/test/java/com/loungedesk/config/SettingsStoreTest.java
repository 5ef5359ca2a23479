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
    void toStringAndMaskNeverShowAKey() {
        DeskSettings s = DeskSettings.defaults().withBackend("", List.of("supersecretkey"));
        assertFalse(s.toString().contains("supersecretkey"));
        assertEquals("supe••••", DeskSettings.mask("supersecretkey"));
    }
}
