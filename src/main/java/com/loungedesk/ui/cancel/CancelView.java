package com.loungedesk.ui.cancel;

import com.loungedesk.redemption.CancelReason;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.common.Views;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * Controller of the supervisor cancel sheet: binds {@link CancelViewModel}. A USB scanner's burst typed
 * into one of its fields is taken out of the field by the console and handed on as a scan (which waits),
 * so a scan never lands in the PIN or note.
 */
public final class CancelView {

    private final CancelViewModel vm;
    private final Texts texts;
    private final Runnable back;
    private final Parent root;

    @FXML private javafx.scene.layout.StackPane sheetRoot;
    @FXML private Label orderLabel;
    @FXML private Label windowLabel;
    @FXML private VBox reasonBox;
    @FXML private TextField noteField;
    @FXML private TextField supervisorField;
    @FXML private PasswordField pinField;
    @FXML private Label errorLabel;
    @FXML private Button confirmButton;

    public CancelView(CancelViewModel vm, String reference, Texts texts, Runnable back) {
        this.vm = vm;
        this.texts = texts;
        this.back = back;
        this.root = Views.load("cancel/CancelView.fxml", this, texts);
        orderLabel.setText(texts.get("cancel.order", vm.orderId()) + (reference == null || reference.isBlank()
                ? "" : "  ·  " + reference));
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        for (CancelReason r : CancelReason.values()) {
            RadioButton b = new RadioButton(texts.get("reason." + r.name()));
            b.setUserData(r);
            b.setToggleGroup(group);
            reasonBox.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> vm.reasonProperty().set(
                b == null ? null : (CancelReason) b.getUserData()));
        noteField.textProperty().bindBidirectional(vm.noteProperty());
        supervisorField.textProperty().bindBidirectional(vm.supervisorIdProperty());
        pinField.textProperty().bindBidirectional(vm.pinProperty());
        windowLabel.textProperty().bind(vm.windowProperty());
        windowLabel.visibleProperty().bind(vm.windowProperty().isNotEmpty());
        Views.pseudo(windowLabel, "closed", false);
        vm.windowClosedProperty().addListener((o, a, b) -> Views.pseudo(windowLabel, "closed", b));
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        confirmButton.disableProperty().bind(vm.busyProperty());
        sheetRoot.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        if (!reasonBox.getChildren().isEmpty()) {
            Platform.runLater(() -> reasonBox.getChildren().get(0).requestFocus());
        }
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            back();
        }
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
