package com.loungedesk.ui.offline;

import com.loungedesk.redemption.OfflineAdmissions;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.common.Views;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/** Controller of the "Admit offline" sheet: binds {@link OfflineAdmitViewModel}; Escape goes back. */
public final class OfflineAdmitView {

    private final OfflineAdmitViewModel vm;
    private final Runnable back;
    private final Parent root;

    @FXML private StackPane sheetRoot;
    @FXML private Label referenceLabel;
    @FXML private Label limitLabel;
    @FXML private TextField supervisorField;
    @FXML private PasswordField pinField;
    @FXML private TextField reasonField;
    @FXML private Spinner<Integer> peopleSpinner;
    @FXML private Label errorLabel;
    @FXML private Button confirmButton;

    public OfflineAdmitView(OfflineAdmitViewModel vm, Texts texts, Runnable back) {
        this.vm = vm;
        this.back = back;
        this.root = Views.load("offline/OfflineAdmitView.fxml", this, texts);
        referenceLabel.setText(texts.get("offline.reference", vm.reference()));
    }

    @FXML
    private void initialize() {
        supervisorField.textProperty().bindBidirectional(vm.supervisorIdProperty());
        pinField.textProperty().bindBidirectional(vm.pinProperty());
        reasonField.textProperty().bindBidirectional(vm.reasonProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory people =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, OfflineAdmissions.MAX_PEOPLE, vm.peopleProperty().get());
        peopleSpinner.setValueFactory(people);
        people.valueProperty().addListener((o, a, b) -> vm.peopleProperty().set(b == null ? 0 : b));
        limitLabel.textProperty().bind(vm.limitProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        confirmButton.disableProperty().bind(vm.busyProperty());
        sheetRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                back();
            }
        });
        Platform.runLater(() -> (vm.supervisorIdProperty().get().isEmpty() ? supervisorField : pinField).requestFocus());
    }

    @FXML
    private void confirm() {
        vm.confirm();
    }

    @FXML
    private void back() {
        back.run();
    }

    public Parent root() {
        return root;
    }
}
