package com.loungedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.config.SettingsStore;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dir;
    private DeskSettings saved;

    private SettingsViewModel vm(SettingsStore store) {
        DeskSettings start = DeskSettings.defaults().withBackend("", List.of("secretkey123"));
        return new SettingsViewModel(start, List.of("Cam A"), store, TaskRunner.direct(), Texts.english(), s -> saved = s);
    }

    @Test
    void keysAreShownMaskedAndKeptUnlessReplaced() throws Exception {
        SettingsStore store = new SettingsStore(dir, Map.of());
        SettingsViewModel vm = vm(store);
        assertEquals("secr••••", vm.maskedKeysProperty().get());
        vm.languageProperty().set("zh-CN");
        vm.themeProperty().set("dark");
        vm.verdictSecondsProperty().set(7);
        vm.modeProperty().set(DeskSettings.Mode.VALIDATE);
        vm.save();
        DeskSettings loaded = store.load().settings();
        assertEquals(List.of("secretkey123"), loaded.apiKeys());
        assertEquals("zh-CN", loaded.language());
        assertEquals("dark", loaded.theme());
        assertEquals(7, loaded.verdictSeconds());
        assertEquals(DeskSettings.Mode.VALIDATE, loaded.mode());
        assertEquals(loaded, saved);
        vm.newKeysProperty().set("k1new, k2new");
        vm.save();
        assertEquals(List.of("k1new", "k2new"), store.load().settings().apiKeys());
        assertEquals("", vm.newKeysProperty().get());
        assertFalse(vm.maskedKeysProperty().get().contains("k1new"));
    }

    @Test
    void badValuesAreRefusedWithASentenceAndNothingIsWritten() {
        SettingsStore store = new SettingsStore(dir, Map.of());
        SettingsViewModel vm = vm(store);
        vm.backendUrlProperty().set("ftp://x");
        vm.save();
        assertTrue(vm.errorProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("The backend URL must start with https://"));
        vm.backendUrlProperty().set("http://lounge.example.com");
        vm.save();
        assertTrue(vm.messageProperty().get().startsWith("Plain http://"));
        vm.backendUrlProperty().set("http://127.0.0.1:8080");
        vm.verdictSecondsProperty().set(0);
        vm.save();
        assertEquals("Verdict time is 1 to 60 seconds.", vm.messageProperty().get());
        assertFalse(Files.exists(store.file()));
        assertNull(saved);
    }
}
