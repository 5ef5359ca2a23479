package com.loungedesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline-admission limit per shift: 20 unless set, kept by a save, bounded 0..500. */
class OfflineLimitSettingsTest {

    @TempDir
    Path dir;

    @Test
    void twentyUnlessSetAndASavedLimitComesBack() throws Exception {
        assertEquals(20, DeskSettings.defaults().offlineAdmissionsPerShift());
        SettingsStore store = new SettingsStore(dir, Map.of());
        store.save(DeskSettings.defaults().withOfflineAdmissionsPerShift(7));
        assertEquals(7, store.load().settings().offlineAdmissionsPerShift());
        assertEquals(7, store.load().settings().withBackend("http://127.0.0.1:9", java.util.List.of("k"))
                .offlineAdmissionsPerShift(), "changing the backend keeps the limit");
    }

    @Test
    void aFileWithoutTheLimitGetsTwentyAndOutOfRangeValuesAreBounded() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("settings.json"), "{\"deskId\":\"desk-9\"}");
        assertEquals(20, new SettingsStore(dir, Map.of()).load().settings().offlineAdmissionsPerShift());
        assertEquals(0, DeskSettings.defaults().withOfflineAdmissionsPerShift(-3).offlineAdmissionsPerShift());
        assertEquals(500, DeskSettings.defaults().withOfflineAdmissionsPerShift(9_999).offlineAdmissionsPerShift());
    }
}
