package com.loungedesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushKeySettingsTest {

    @TempDir
    Path dir;

    @Test
    void pushPemFilesWithTheirKidsAreReadFromTheSettingsFileAndSavedBack() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"push\":{\"enabled\":true,\"port\":8787,"
                + "\"publicKeys\":[{\"kid\":\"dp-2026-11\",\"pemFile\":\"/etc/loungedesk/dp-old.pem\"},"
                + "{\"pemFile\":\"/etc/loungedesk/dp-2026-12.pem\"}]}}");
        SettingsStore store = new SettingsStore(dir, Map.of());
        DeskSettings.PushSettings push = store.load().settings().push();
        assertEquals(List.of(new DeskSettings.PublicKeyFile("dp-2026-11", "/etc/loungedesk/dp-old.pem"),
                new DeskSettings.PublicKeyFile(null, "/etc/loungedesk/dp-2026-12.pem")), push.publicKeys());
        assertEquals("127.0.0.1", push.bindAddress(), "loopback unless the file says otherwise");
        assertEquals("", push.jwksUrl());
        store.save(store.load().settings());
        assertEquals(push, store.load().settings().push());
    }
}
