package com.loungedesk.ui.settings;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.common.Views;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;

/** Controller of the settings form: binds {@link SettingsViewModel}. */
public final class SettingsView {

    private final SettingsViewModel vm;
    private final Texts texts;
    private final Parent root;

    @FXML private TextField urlField;
    @FXML private Label maskedKeys;
    @FXML private PasswordField keysField;
    @FXML private TextField deskField;
    @FXML private ToggleGroup modeGroup;
    @FXML private RadioButton redeemMode;
    @FXML private RadioButton validateMode;
    @FXML private ComboBox<String> cameraBox;
    @FXML private Spinner<Integer> secondsSpinner;
    @FXML private Spinner<Integer> offlineLimitSpinner;
    @FXML private ComboBox<String> languageBox;
    @FXML private ToggleGroup themeGroup;
    @FXML private ToggleButton lightTheme;
    @FXML private ToggleButton darkTheme;
    @FXML private CheckBox soundsBox;
    @FXML private ComboBox<DeskSettings.BackendType> backendTypeBox;
    @FXML private Label sourcesLabel;
    @FXML private javafx.scene.layout.HBox supervisorPane;
    @FXML private TextField supervisorField;
    @FXML private PasswordField supervisorPinField;
    @FXML private Label messageLabel;
    @FXML private Button saveButton;

    public SettingsView(SettingsViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        this.root = Views.load("settings/SettingsView.fxml", this, texts);
    }

    @FXML
    private void initialize() {
        urlField.textProperty().bindBidirectional(vm.backendUrlProperty());
        maskedKeys.textProperty().bind(vm.maskedKeysProperty());
        keysField.textProperty().bindBidirectional(vm.newKeysProperty());
        deskField.textProperty().bindBidirectional(vm.deskIdProperty());
        redeemMode.setUserData(DeskSettings.Mode.REDEEM);
        validateMode.setUserData(DeskSettings.Mode.VALIDATE);
        (vm.modeProperty().get() == DeskSettings.Mode.VALIDATE ? validateMode : redeemMode).setSelected(true);
        validateMode.disableProperty().bind(vm.validateOfferedProperty().not().and(validateMode.selectedProperty().not()));
        validateMode.textProperty().bind(javafx.beans.binding.Bindings.when(vm.validateOfferedProperty())
                .then(texts.get("settings.modeVALIDATE")).otherwise(texts.get("settings.modeVALIDATE.notOffered")));
        modeGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.modeProperty().set((DeskSettings.Mode) b.getUserData());
            }
        });
        cameraBox.setItems(vm.cameras());
        cameraBox.setConverter(converter("settings.cameraFirst", null));
        cameraBox.valueProperty().bindBidirectional(vm.cameraProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory seconds =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 60, vm.verdictSecondsProperty().get());
        secondsSpinner.setValueFactory(seconds);
        seconds.valueProperty().addListener((o, a, b) -> vm.verdictSecondsProperty().set(b == null ? 0 : b));
        SpinnerValueFactory.IntegerSpinnerValueFactory offline =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 500, vm.offlineLimitProperty().get());
        offlineLimitSpinner.setValueFactory(offline);
        offline.valueProperty().addListener((o, a, b) -> vm.offlineLimitProperty().set(b == null ? -1 : b));
        languageBox.getItems().setAll(SettingsViewModel.LANGUAGES);
        languageBox.setConverter(converter(null, "language"));
        languageBox.valueProperty().bindBidirectional(vm.languageProperty());
        lightTheme.setUserData("light");
        darkTheme.setUserData("dark");
        ("dark".equals(vm.themeProperty().get()) ? darkTheme : lightTheme).setSelected(true);
        themeGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.themeProperty().set((String) b.getUserData());
            }
        });
        soundsBox.selectedProperty().bindBidirectional(vm.soundsProperty());
        backendTypeBox.getItems().setAll(DeskSettings.BackendType.values());
        backendTypeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeskSettings.BackendType type) {
                return type == null ? "" : texts.get("settings.backendType." + type.id());
            }

            @Override
            public DeskSettings.BackendType fromString(String s) {
                return DeskSettings.BackendType.parse(s);
            }
        });
        backendTypeBox.valueProperty().bindBidirectional(vm.backendTypeProperty());
        sourcesLabel.textProperty().bind(vm.sourcesProperty());
        sourcesLabel.visibleProperty().bind(vm.sourcesProperty().isNotEmpty());
        sourcesLabel.managedProperty().bind(sourcesLabel.visibleProperty());
        supervisorPane.visibleProperty().bind(vm.needsSupervisorProperty());
        supervisorPane.managedProperty().bind(vm.needsSupervisorProperty());
        supervisorField.textProperty().bindBidirectional(vm.supervisorIdProperty());
        supervisorPinField.textProperty().bindBidirectional(vm.supervisorPinProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, b) -> Views.pseudo(messageLabel, "error", b));
        saveButton.disableProperty().bind(vm.busyProperty());
    }

    private StringConverter<String> converter(String emptyKey, String kind) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                if (value == null || value.isEmpty()) {
                    return emptyKey == null ? "" : texts.get(emptyKey);
                }
                if ("language".equals(kind)) {
                    return "zh-CN".equals(value) ? "简体中文 (zh-CN)" : "English (en)";
                }
                return value;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    @FXML
    private void save() {
        vm.save();
    }

    public Parent root() {
        return root;
    }
}
