package com.loungedesk.ui.signin;

import com.loungedesk.staff.Role;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.common.Views;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Controller of the sign-in screen: binds {@link SignInViewModel}. */
public final class SignInView {

    private final SignInViewModel vm;
    private final boolean sandbox;
    private final String deskId;
    private final Texts texts;
    private final Parent root;

    @FXML private Label sandboxBadge;
    @FXML private TextField idField;
    @FXML private TextField nameField;
    @FXML private ToggleGroup roleGroup;
    @FXML private ToggleButton staffToggle;
    @FXML private ToggleButton supervisorToggle;
    @FXML private VBox pinBox;
    @FXML private PasswordField pinField;
    @FXML private Label pinHint;
    @FXML private Label errorLabel;
    @FXML private Label waitingLabel;
    @FXML private Label deskLabel;
    @FXML private Button signInButton;

    public SignInView(SignInViewModel vm, boolean sandbox, String deskId, Texts texts) {
        this.vm = vm;
        this.sandbox = sandbox;
        this.deskId = deskId;
        this.texts = texts;
        this.root = Views.load("signin/SignInView.fxml", this, texts);
    }

    @FXML
    private void initialize() {
        sandboxBadge.setVisible(sandbox);
        deskLabel.setText(texts.get("shell.desk", deskId));
        idField.textProperty().bindBidirectional(vm.idProperty());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        pinField.textProperty().bindBidirectional(vm.pinProperty());
        pinHint.textProperty().bind(vm.pinHintProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        waitingLabel.textProperty().bind(vm.waitingProperty());
        waitingLabel.visibleProperty().bind(vm.waitingProperty().isNotEmpty());
        waitingLabel.managedProperty().bind(waitingLabel.visibleProperty());
        signInButton.disableProperty().bind(vm.busyProperty());
        roleGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
                return;
            }
            vm.roleProperty().set(b == supervisorToggle ? Role.SUPERVISOR : Role.STAFF);
        });
        pinBox.visibleProperty().bind(vm.roleProperty().isEqualTo(Role.SUPERVISOR));
        pinBox.managedProperty().bind(pinBox.visibleProperty());
        Platform.runLater(idField::requestFocus);
    }

    @FXML
    private void signIn() {
        vm.signIn();
    }

    public Parent root() {
        return root;
    }
}
