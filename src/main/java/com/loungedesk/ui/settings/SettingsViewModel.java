package com.loungedesk.ui.settings;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.config.SettingsStore;
import com.loungedesk.staff.Operator;
import com.loungedesk.staff.PinCheck;
import com.loungedesk.staff.SecurityEvent;
import com.loungedesk.staff.SecurityLogException;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.common.PinTexts;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings form. Supplier keys are never shown: the form lists them masked, each with where it came from
 * (the file or the environment), and new keys typed into it replace them on save. Language, theme, sounds and
 * camera are open to staff; the backend URL, the keys, the backend type and the mode need a supervisor's PIN.
 * Saving writes through {@link SettingsStore} in the background.
 */
public final class SettingsViewModel {

    public static final List<String> LANGUAGES = List.of("en", "zh-CN");
    public static final List<String> THEMES = List.of("light", "dark");

    private final Operator operator;
    private final SupervisorPins pins;
    private final SettingsStore store;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<DeskSettings> saved;
    private DeskSettings base;
    private final StringProperty backendUrl = new SimpleStringProperty("");
    private final StringProperty maskedKeys = new SimpleStringProperty("");
    private final StringProperty newKeys = new SimpleStringProperty("");
    private final ObjectProperty<DeskSettings.Mode> mode = new SimpleObjectProperty<>();
    private final ObjectProperty<DeskSettings.BackendType> backendType = new SimpleObjectProperty<>();
    private final StringProperty sources = new SimpleStringProperty("");
    private final StringProperty supervisorId = new SimpleStringProperty("");
    private final StringProperty supervisorPin = new SimpleStringProperty("");
    private final BooleanProperty needsSupervisor = new SimpleBooleanProperty();
    private final StringProperty camera = new SimpleStringProperty("");
    private final ObservableList<String> cameras = FXCollections.observableArrayList();
    private final BooleanProperty sounds = new SimpleBooleanProperty();
    private final IntegerProperty verdictSeconds = new SimpleIntegerProperty();
    private final StringProperty language = new SimpleStringProperty("en");
    private final StringProperty theme = new SimpleStringProperty("light");
    private final StringProperty deskId = new SimpleStringProperty("");
    private final IntegerProperty offlineLimit = new SimpleIntegerProperty();
    private final BooleanProperty validateOffered = new SimpleBooleanProperty(true);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SettingsViewModel(DeskSettings current, Operator operator, SupervisorPins pins, SettingsStore store,
                             TaskRunner runner, Texts texts, Consumer<DeskSettings> saved) {
        this.operator = operator;
        this.pins = pins;
        this.store = store;
        this.runner = runner;
        this.texts = texts;
        this.saved = saved;
        cameras.add("");
        if (operator.isSupervisor()) {
            supervisorId.set(operator.id());
        }
        load(current);
        for (javafx.beans.Observable o : List.of(backendUrl, newKeys, backendType, mode)) {
            o.addListener(x -> needsSupervisor.set(!protectedChanges(next()).isEmpty()));
        }
    }

    /** Asks the camera driver for its cameras off the FX thread (it can take seconds) and lists them when it answers. */
    public void loadCameras(Callable<List<String>> names) {
        runner.run("camera list", names, found -> {
            String chosen = camera.get();
            cameras.retainAll("");
            cameras.addAll(found);
            camera.set(chosen);
        }, e -> { });
    }

    private void load(DeskSettings s) {
        base = s;
        backendUrl.set(s.backendUrl());
        List<String> fromEnvironment = store.environmentKeys();
        maskedKeys.set(s.apiKeys().isEmpty() ? texts.get("settings.noKeys")
                : String.join("  ", s.apiKeys().stream().map(k -> DeskSettings.mask(k) + " ("
                + texts.get(fromEnvironment.contains(k) ? "settings.fromEnvironment" : "settings.fromFile") + ")").toList()));
        boolean envUrl = !store.environmentUrl().isEmpty() && store.environmentUrl().equals(s.backendUrl());
        sources.set(envUrl || !fromEnvironment.isEmpty() ? texts.get("settings.environmentNote") : "");
        newKeys.set("");
        backendType.set(s.backendType());
        mode.set(s.mode());
        camera.set(s.camera());
        sounds.set(s.sounds());
        verdictSeconds.set(s.verdictSeconds());
        language.set(LANGUAGES.contains(s.language()) ? s.language() : "en");
        theme.set(s.theme());
        deskId.set(s.deskId());
        needsSupervisor.set(false);
        offlineLimit.set(s.offlineAdmissionsPerShift());
    }

    /** The settings as the form has them now. */
    private DeskSettings next() {
        List<String> keys = newKeys.get() == null || newKeys.get().isBlank() ? base.apiKeys()
                : Arrays.stream(newKeys.get().split("[,\\s]+")).filter(k -> !k.isBlank()).toList();
        return new DeskSettings(backendUrl.get(), keys, deskId.get(), mode.get(), camera.get(),
                sounds.get(), verdictSeconds.get(), language.get(), theme.get(), base.allowInsecureHttp(), base.push(),
                backendType.get(), base.octo(), offlineLimit.get());
    }

    /** The settings that point the desk somewhere (backend, keys, backend type, mode) and changed. */
    private List<String> protectedChanges(DeskSettings next) {
        List<String> changed = new ArrayList<>();
        addIf(changed, "backendUrl", !next.backendUrl().equals(base.backendUrl()));
        addIf(changed, "apiKeys", !next.apiKeys().equals(base.apiKeys()));
        addIf(changed, "backendType", next.backendType() != base.backendType());
        addIf(changed, "mode", next.mode() != base.mode());
        return changed;
    }

    /** Every setting that changed, by name (never a value: keys are secret). */
    private List<String> changes(DeskSettings next) {
        List<String> changed = protectedChanges(next);
        addIf(changed, "deskId", !next.deskId().equals(base.deskId()));
        addIf(changed, "camera", !next.camera().equals(base.camera()));
        addIf(changed, "sounds", next.sounds() != base.sounds());
        addIf(changed, "verdictSeconds", next.verdictSeconds() != base.verdictSeconds());
        addIf(changed, "language", !next.language().equals(base.language()));
        addIf(changed, "theme", !next.theme().equals(base.theme()));
        addIf(changed, "offlineAdmissionsPerShift", next.offlineAdmissionsPerShift() != base.offlineAdmissionsPerShift());
        return changed;
    }

    private static void addIf(List<String> names, String name, boolean changed) {
        if (changed) {
            names.add(name);
        }
    }

    /**
     * Saves in the background: changes to the backend, keys, backend type or mode need a supervisor's id and
     * PIN (checked under the desk's lockout); every change is journaled (which settings, by whom) before the
     * file is written, and a change that cannot be journaled is refused.
     */
    public void save() {
        if (busy.get()) {
            return;
        }
        String problem = validate();
        DeskSettings next = next();
        List<String> changed = changes(next);
        List<String> guarded = protectedChanges(next);
        String supervisor = supervisorId.get() == null ? "" : supervisorId.get().trim();
        char[] secret = supervisorPin.get() == null ? new char[0] : supervisorPin.get().toCharArray();
        supervisorPin.set("");
        if (problem.isEmpty() && changed.isEmpty()) {
            problem = texts.get("settings.unchanged");
        } else if (problem.isEmpty() && !guarded.isEmpty()
                && (!Operator.validId(supervisor) || !SupervisorPins.wellFormedPin(secret))) {
            problem = texts.get("settings.needSupervisor");
        }
        if (!problem.isEmpty()) {
            SupervisorPins.wipe(secret);
            error.set(true);
            message.set(problem);
            return;
        }
        busy.set(true);
        runner.run("save settings", () -> write(next, changed, guarded, supervisor, secret), refusal -> {
            busy.set(false);
            if (!refusal.isEmpty()) {
                error.set(true);
                message.set(refusal);
                return;
            }
            error.set(false);
            load(next);
            message.set(texts.get("settings.saved", store.file()));
            saved.accept(next);
        }, e -> {
            busy.set(false);
            error.set(true);
            message.set(texts.get("settings.saveFailed", e.getMessage()));
        });
    }

    /** Off the FX thread: the PIN check when needed, the journal entry, then the file. Answers a refusal, or "". */
    private String write(DeskSettings next, List<String> changed, List<String> guarded, String supervisor, char[] secret)
            throws java.io.IOException {
        try {
            String by = "";
            if (!guarded.isEmpty()) {
                PinCheck check = pins.check(supervisor, secret, "settings: " + String.join(", ", guarded));
                if (!check.ok()) {
                    return PinTexts.refusal(texts, check, supervisor);
                }
                by = "supervisor " + supervisor;
            }
            pins.log().record(SecurityEvent.of(SecurityEvent.Kind.SETTINGS_CHANGED, operator.id(), by,
                    String.join(", ", changed)));
        } catch (SecurityLogException e) {
            return texts.get("settings.notRecorded", e.getMessage());
        } finally {
            SupervisorPins.wipe(secret);
        }
        store.save(next);
        return "";
    }

    String validate() {
        String url = backendUrl.get() == null ? "" : backendUrl.get().trim();
        if (!url.isEmpty()) {
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                    return texts.get("settings.badUrl");
                }
                boolean loopback = List.of("localhost", "127.0.0.1", "[::1]", "::1").contains(uri.getHost());
                if (scheme.equals("http") && !loopback && !base.allowInsecureHttp()) {
                    return texts.get("settings.insecureUrl");
                }
            } catch (URISyntaxException e) {
                return texts.get("settings.badUrl");
            }
        }
        if (verdictSeconds.get() < 1 || verdictSeconds.get() > 60) {
            return texts.get("settings.badSeconds");
        }
        if (offlineLimit.get() < 0 || offlineLimit.get() > 500) {
            return texts.get("settings.badOfflineLimit");
        }
        if (!Operator.validId(deskId.get())) {
            return texts.get("settings.badDesk");
        }
        return "";
    }

    public StringProperty backendUrlProperty() { return backendUrl; }
    public StringProperty maskedKeysProperty() { return maskedKeys; }
    public StringProperty newKeysProperty() { return newKeys; }
    public ObjectProperty<DeskSettings.Mode> modeProperty() { return mode; }
    public ObjectProperty<DeskSettings.BackendType> backendTypeProperty() { return backendType; }
    public StringProperty sourcesProperty() { return sources; }
    public StringProperty supervisorIdProperty() { return supervisorId; }
    public StringProperty supervisorPinProperty() { return supervisorPin; }
    public BooleanProperty needsSupervisorProperty() { return needsSupervisor; }
    public StringProperty cameraProperty() { return camera; }
    public ObservableList<String> cameras() { return cameras; }
    public BooleanProperty soundsProperty() { return sounds; }
    public IntegerProperty verdictSecondsProperty() { return verdictSeconds; }
    public StringProperty languageProperty() { return language; }
    public StringProperty themeProperty() { return theme; }
    public StringProperty deskIdProperty() { return deskId; }
    public IntegerProperty offlineLimitProperty() { return offlineLimit; }
    /** False on a backend that defines no validate answer: the desk redeems there whatever the mode says. */
    public BooleanProperty validateOfferedProperty() { return validateOffered; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty errorProperty() { return error; }
    public BooleanProperty busyProperty() { return busy; }
}
