package com.loungedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.config.SettingsStore;
import com.loungedesk.staff.MemorySecurityLog;
import com.loungedesk.staff.Operator;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.Role;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    private static final Operator ANNA = new Operator("anna.k", "Anna", Role.STAFF);

    @TempDir
    Path dir;
    private DeskSettings saved;
    private final MemorySecurityLog log = new MemorySecurityLog();
    private SupervisorPins pins;

    @BeforeEach
    void enrolSupervisor() throws Exception {
        pins = new SupervisorPins(dir.resolve("supervisors.json"), new PinHasher(1_000),
                PinLockout.standard(Clock.systemUTC(), log));
        pins.enroll("sup.lee", "Lee", "2468".toCharArray());
    }

    private SettingsViewModel vm(SettingsStore store, DeskSettings start, Operator who) {
        SettingsViewModel vm = new SettingsViewModel(start, who, pins, store, TaskRunner.direct(), Texts.english(),
                s -> saved = s);
        vm.loadCameras(() -> List.of("Cam A"));
        return vm;
    }

    private SettingsViewModel vm(SettingsStore store) {
        return vm(store, DeskSettings.defaults().withBackend("", List.of("secretkey123")), ANNA);
    }

    private List<String> settingsEntries() {
        return log.events().stream().filter(e -> e.kind().name().equals("SETTINGS_CHANGED"))
                .map(e -> e.who() + " | " + e.outcome() + " | " + e.detail()).toList();
    }

    @Test
    void staffChangeLanguageThemeSoundsAndCameraWithoutAPinAndTheChangeIsJournaledByName() throws Exception {
        SettingsStore store = new SettingsStore(dir, Map.of());
        SettingsViewModel vm = vm(store);
        assertEquals(List.of("", "Cam A"), vm.cameras());
        assertEquals("secr•••• (file)", vm.maskedKeysProperty().get());
        vm.languageProperty().set("zh-CN");
        vm.themeProperty().set("dark");
        vm.soundsProperty().set(false);
        vm.cameraProperty().set("Cam A");
        vm.verdictSecondsProperty().set(7);
        assertFalse(vm.needsSupervisorProperty().get());
        vm.save();
        assertFalse(vm.errorProperty().get(), vm.messageProperty().get());
        DeskSettings loaded = store.load().settings();
        assertEquals(List.of("secretkey123"), loaded.apiKeys());
        assertEquals("zh-CN", loaded.language());
        assertEquals("dark", loaded.theme());
        assertEquals("Cam A", loaded.camera());
        assertEquals(7, loaded.verdictSeconds());
        assertEquals(loaded, saved);
        assertEquals(List.of("anna.k |  | camera, sounds, verdictSeconds, language, theme"), settingsEntries());
    }

    @Test
    void backendKeysTypeAndModeNeedASupervisorPinAndNothingIsSavedWithoutIt() throws Exception {
        SettingsStore store = new SettingsStore(dir, Map.of());
        SettingsViewModel vm = vm(store);
        vm.backendUrlProperty().set("https://lounge.example.com");
        vm.newKeysProperty().set("k1new, k2new");
        vm.backendTypeProperty().set(DeskSettings.BackendType.OCTO);
        vm.modeProperty().set(DeskSettings.Mode.VALIDATE);
        assertTrue(vm.needsSupervisorProperty().get());
        vm.save();
        assertTrue(vm.errorProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("The backend, the keys, the backend type and the mode change "
                + "only with a supervisor"), vm.messageProperty().get());
        vm.supervisorIdProperty().set("sup.lee");
        vm.supervisorPinProperty().set("1111");
        vm.save();
        assertEquals("Wrong PIN. 4 tries left before supervisor actions lock.", vm.messageProperty().get());
        assertFalse(Files.exists(store.file()));
        assertNull(saved);
        assertEquals(List.of(), settingsEntries());

        vm.supervisorPinProperty().set("2468");
        vm.save();
        assertFalse(vm.errorProperty().get(), vm.messageProperty().get());
        assertEquals("", vm.supervisorPinProperty().get(), "the PIN is cleared");
        DeskSettings loaded = store.load().settings();
        assertEquals("https://lounge.example.com", loaded.backendUrl());
        assertEquals(List.of("k1new", "k2new"), loaded.apiKeys());
        assertEquals(DeskSettings.BackendType.OCTO, loaded.backendType());
        assertEquals(DeskSettings.Mode.VALIDATE, loaded.mode());
        assertEquals(List.of("anna.k | supervisor sup.lee | backendUrl, apiKeys, backendType, mode"), settingsEntries());
        assertFalse(log.events().toString().contains("k1new"), "key values never reach the journal");
        assertEquals("settings: backendUrl, apiKeys, backendType, mode", log.events().get(log.events().size() - 2).detail());
    }

    @Test
    void theSettingsPinCheckSharesTheDesksLockout() {
        SettingsViewModel vm = vm(new SettingsStore(dir, Map.of()));
        vm.supervisorIdProperty().set("sup.lee");
        for (int i = 0; i < 5; i++) {
            vm.modeProperty().set(DeskSettings.Mode.VALIDATE);
            vm.supervisorPinProperty().set("0000");
            vm.save();
        }
        assertEquals("Too many wrong PINs: supervisor actions are locked for 5 min.", vm.messageProperty().get());
        assertEquals(com.loungedesk.staff.PinCheck.Result.LOCKED, pins.check("sup.lee", "2468".toCharArray(), "cancel ord-1").result());
    }

    @Test
    void aSettingsChangeThatCannotBeJournaledIsRefusedAndNothingIsWritten() {
        SettingsStore store = new SettingsStore(dir, Map.of());
        SettingsViewModel vm = vm(store);
        log.failWrites = true;
        vm.themeProperty().set("dark");
        vm.save();
        assertTrue(vm.errorProperty().get());
        assertEquals("The change could not be written to the audit log, so nothing was saved: "
                + "The audit log could not be written (the disk is full).", vm.messageProperty().get());
        assertFalse(Files.exists(store.file()));
        assertNull(saved);
    }

    @Test
    void environmentKeysAreShownAsSuchAndNeverReachTheFile() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"apiKeys\":[\"filekey-1\"]}");
        SettingsStore store = new SettingsStore(dir, Map.of("LOUNGEDESK_API_KEYS", "envkey-1,envkey-2"));
        SettingsViewModel vm = vm(store, store.load().settings(), ANNA);
        assertEquals("envk•••• (environment)  envk•••• (environment)", vm.maskedKeysProperty().get());
        assertTrue(vm.sourcesProperty().get().startsWith("Set by the environment"));
        vm.languageProperty().set("zh-CN");
        vm.save();
        assertFalse(vm.errorProperty().get(), vm.messageProperty().get());
        String file = Files.readString(store.file());
        assertFalse(file.contains("envkey"), file);
        assertTrue(file.contains("filekey-1"), "the file keeps its own key: " + file);
        assertEquals(List.of("envkey-1", "envkey-2"), saved.apiKeys(), "the desk keeps running on the environment's keys");
    }

    @Test
    void badValuesAreRefusedWithASentenceAndNothingIsWritten() {
        SettingsStore store = new SettingsStore(dir, Map.of());
        SettingsViewModel vm = vm(store, DeskSettings.defaults().withBackend("", List.of("secretkey123")),
                new Operator("sup.lee", "Lee", Role.SUPERVISOR));
        assertEquals("sup.lee", vm.supervisorIdProperty().get(), "a signed-in supervisor still gives the PIN");
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
