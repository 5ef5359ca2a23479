package com.loungedesk.ui.settings;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.config.SettingsStore;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * The settings form. Supplier keys are never shown: the form lists them masked, and new keys typed
 * into it replace them on save. Saving writes through {@link SettingsStore} in the background.
 */
public final class SettingsViewModel {

    public static final List<String> LANGUAGES = List.of("en", "zh-CN");
    public static final List<String> THEMES = List.of("light", "dark");

    private final SettingsStore store;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<DeskSettings> saved;
    private DeskSettings base;
    private final StringProperty backendUrl = new SimpleStringProperty("");
    private final StringProperty maskedKeys = new SimpleStringProperty("");
    private final StringProperty newKeys = new SimpleStringProperty("");
    private final ObjectProperty<DeskSettings.Mode> mode = new SimpleObjectProperty<>();
    private final StringProperty camera = new SimpleStringProperty("");
    private final ObservableList<String> cameras = FXCollections.observableArrayList();
    private final BooleanProperty sounds = new SimpleBooleanProperty();
    private final IntegerProperty verdictSeconds = new SimpleIntegerProperty();
    private final StringProperty language = new SimpleStringProperty("en");
    private final StringProperty theme = new SimpleStringProperty("light");
    private final StringProperty deskId = new SimpleStringProperty("");
    private final IntegerProperty offlineLimit = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SettingsViewModel(DeskSettings current, List<String> cameraNames, SettingsStore store, TaskRunner runner,
                             Texts texts, Consumer<DeskSettings> saved) {
        this.store = store;
        this.runner = runner;
        this.texts = texts;
        this.saved = saved;
        cameras.add("");
        cameras.addAll(cameraNames);
        load(current);
    }

    private void load(DeskSettings s) {
        base = s;
        backendUrl.set(s.backendUrl());
        maskedKeys.set(s.apiKeys().isEmpty() ? texts.get("settings.noKeys")
                : String.join("  ", s.apiKeys().stream().map(DeskSettings::mask).toList()));
        newKeys.set("");
        mode.set(s.mode());
        camera.set(s.camera());
        sounds.set(s.sounds());
        verdictSeconds.set(s.verdictSeconds());
        language.set(LANGUAGES.contains(s.language()) ? s.language() : "en");
        theme.set(s.theme());
        deskId.set(s.deskId());
        offlineLimit.set(s.offlineAdmissionsPerShift());
    }

    public void save() {
        String problem = validate();
        if (!problem.isEmpty()) {
            error.set(true);
            message.set(problem);
            return;
        }
        List<String> keys = newKeys.get().isBlank() ? base.apiKeys()
                : Arrays.stream(newKeys.get().split("[,\\s]+")).filter(k -> !k.isBlank()).toList();
        DeskSettings next = new DeskSettings(backendUrl.get(), keys, deskId.get(), mode.get(), camera.get(),
                sounds.get(), verdictSeconds.get(), language.get(), theme.get(), base.allowInsecureHttp(), base.push(),
                base.backendType(), base.octo(), offlineLimit.get());
        busy.set(true);
        runner.run("save settings", () -> {
            store.save(next);
            return next;
        }, s -> {
            busy.set(false);
            error.set(false);
            load(s);
            message.set(texts.get("settings.saved", store.file()));
            saved.accept(s);
        }, e -> {
            busy.set(false);
            error.set(true);
            message.set(texts.get("settings.saveFailed", e.getMessage()));
        });
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
        if (!com.loungedesk.staff.Operator.validId(deskId.get())) {
            return texts.get("settings.badDesk");
        }
        return "";
    }

    public StringProperty backendUrlProperty() { return backendUrl; }
    public StringProperty maskedKeysProperty() { return maskedKeys; }
    public StringProperty newKeysProperty() { return newKeys; }
    public ObjectProperty<DeskSettings.Mode> modeProperty() { return mode; }
    public StringProperty cameraProperty() { return camera; }
    public ObservableList<String> cameras() { return cameras; }
    public BooleanProperty soundsProperty() { return sounds; }
    public IntegerProperty verdictSecondsProperty() { return verdictSeconds; }
    public StringProperty languageProperty() { return language; }
    public StringProperty themeProperty() { return theme; }
    public StringProperty deskIdProperty() { return deskId; }
    public IntegerProperty offlineLimitProperty() { return offlineLimit; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty errorProperty() { return error; }
    public BooleanProperty busyProperty() { return busy; }
}
