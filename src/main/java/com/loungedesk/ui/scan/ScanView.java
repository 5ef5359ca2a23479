package com.loungedesk.ui.scan;

import com.loungedesk.redemption.Verdict;
import com.loungedesk.ui.common.KeystrokeTiming;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.common.Views;
import com.loungedesk.ui.picker.PickerView;
import com.loungedesk.ui.picker.PickerViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Controller of the scan home: binds {@link ScanViewModel} and forwards keys; no desk logic here. */
public final class ScanView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScanViewModel vm;
    private final Texts texts;
    private final Consumer<String> cancelOrder;
    private final Consumer<String> admitOffline;
    private final KeystrokeTiming timing = new KeystrokeTiming();
    private final Parent root;
    private PickerView pickerView;

    @FXML private StackPane cameraBox;
    @FXML private ImageView cameraImage;
    @FXML private VBox noCamera;
    @FXML private Label cameraBadge;
    @FXML private TextField scanField;
    @FXML private Label statusLabel;
    @FXML private ListView<RecentScan> recentList;
    @FXML private StackPane verdictStack;
    @FXML private VBox idlePane;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private VBox verdictPane;
    @FXML private FontIcon verdictIcon;
    @FXML private Label verdictWord;
    @FXML private Label verdictMessage;
    @FXML private VBox detailsGrid;
    @FXML private HBox entitlementsRow;
    @FXML private HBox usedRow;
    @FXML private Label holderValue;
    @FXML private Label productValue;
    @FXML private Label unitsValue;
    @FXML private Label entitlementsValue;
    @FXML private Label guestsValue;
    @FXML private Label usedValue;
    @FXML private Button cancelUsageButton;
    @FXML private Button admitOfflineButton;
    @FXML private ProgressBar countdownBar;
    @FXML private Label countdownLabel;

    /** @param cancelOrder opens the supervisor cancel sheet for an order id */
    public ScanView(ScanViewModel vm, Texts texts, Consumer<String> cancelOrder) {
        this(vm, texts, cancelOrder, null);
    }

    /** @param admitOffline opens the "Admit offline" sheet for a reference, or null when the desk offers none */
    public ScanView(ScanViewModel vm, Texts texts, Consumer<String> cancelOrder, Consumer<String> admitOffline) {
        this.vm = vm;
        this.texts = texts;
        this.cancelOrder = cancelOrder;
        this.admitOffline = admitOffline;
        this.root = Views.load("scan/ScanView.fxml", this, texts);
    }

    @FXML
    private void initialize() {
        scanField.textProperty().bindBidirectional(vm.inputProperty());
        scanField.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (vm.pickerProperty().get() != null && " ".equals(e.getCharacter()) && scanField.getText().isEmpty()) {
                e.consume();
                return;
            }
            if (!e.getCharacter().isEmpty() && !Character.isISOControl(e.getCharacter().charAt(0))) {
                timing.key(e.getCharacter().charAt(0), System.nanoTime());
            }
        });
        scanField.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKey);
        statusLabel.textProperty().bind(vm.statusProperty());
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        recentList.setItems(vm.recent());
        recentList.setCellFactory(l -> {
            RecentCell cell = new RecentCell();
            cell.setPrefWidth(0);
            return cell;
        });
        VerdictViewModel v = vm.verdict();
        verdictWord.textProperty().bind(v.wordProperty());
        verdictMessage.textProperty().bind(v.messageProperty());
        holderValue.textProperty().bind(v.holderProperty());
        productValue.textProperty().bind(v.productProperty());
        unitsValue.textProperty().bind(v.unitsProperty());
        entitlementsValue.textProperty().bind(v.entitlementsProperty());
        guestsValue.textProperty().bind(v.guestsProperty());
        usedValue.textProperty().bind(v.usedProperty());
        countdownLabel.textProperty().bind(v.countdownProperty());
        entitlementsRow.visibleProperty().bind(v.entitlementsProperty().isNotEmpty());
        entitlementsRow.managedProperty().bind(entitlementsRow.visibleProperty());
        usedRow.visibleProperty().bind(v.usedProperty().isNotEmpty());
        usedRow.managedProperty().bind(usedRow.visibleProperty());
        detailsGrid.visibleProperty().bind(v.productProperty().isNotEmpty());
        detailsGrid.managedProperty().bind(detailsGrid.visibleProperty());
        v.verdictProperty().addListener((o, a, b) -> showVerdict(b));
        v.secondsLeftProperty().addListener((o, a, b) -> countdownBar.setProgress(
                v.verdictProperty().get() == null ? 0 : b.doubleValue() / Math.max(1, total)));
        vm.pickerProperty().addListener((o, a, b) -> showPicker(b));
        showCamera(false);
        showVerdict(null);
    }

    private int total = 1;

    private void showVerdict(Verdict verdict) {
        boolean on = verdict != null;
        verdictPane.setVisible(on);
        idlePane.setVisible(!on);
        Views.pseudo(verdictStack, VerdictLook.pseudoClass(on ? verdict.kind() : null), VerdictLook.allPseudoClasses());
        if (on) {
            total = vm.verdict().secondsLeftProperty().get();
            countdownBar.setProgress(1);
            verdictIcon.setIconLiteral(VerdictLook.icon(verdict.kind()));
            boolean cancellable = vm.verdict().cancellableOrderId() != null;
            cancelUsageButton.setVisible(cancellable);
            cancelUsageButton.setManaged(cancellable);
            boolean admittable = admitOffline != null && vm.verdict().offlineReference() != null;
            admitOfflineButton.setVisible(admittable);
            admitOfflineButton.setManaged(admittable);
        }
        focusField();
    }

    private void showPicker(PickerViewModel picker) {
        if (pickerView != null) {
            verdictStack.getChildren().remove(pickerView.root());
            pickerView = null;
        }
        if (picker != null) {
            pickerView = new PickerView(picker, texts);
            verdictStack.getChildren().add(pickerView.root());
        }
        focusField();
    }

    private void fieldKey(KeyEvent e) {
        PickerViewModel picker = vm.pickerProperty().get();
        boolean empty = scanField.getText() == null || scanField.getText().isEmpty();
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
            e.consume();
            boolean wedge = timing.submitLooksLikeWedge(System.nanoTime());
            if (picker != null && empty && e.getCode() == KeyCode.ENTER) {
                picker.confirm();
            } else {
                vm.submitInput(wedge ? "wedge" : "typed");
            }
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            if (picker != null) {
                picker.close();
            } else if (!empty) {
                vm.inputProperty().set("");
            } else {
                vm.verdict().clear();
            }
        } else if (picker != null && PickerView.handleKey(picker, e.getCode(), empty)) {
            e.consume();
        }
    }

    @FXML
    private void cancelUsage() {
        String order = vm.verdict().cancellableOrderId();
        if (order != null) {
            cancelOrder.accept(order);
        }
    }

    @FXML
    private void admitOffline() {
        String reference = vm.verdict().offlineReference();
        if (reference != null && admitOffline != null) {
            admitOffline.accept(reference);
        }
    }

    @FXML
    private void dismiss() {
        vm.verdict().clear();
    }

    /** Shows a camera frame (FX thread), or the calm no-camera state when {@code frame} is null. */
    public void showFrame(Image frame) {
        cameraImage.setImage(frame);
        showCamera(frame != null);
    }

    private void showCamera(boolean live) {
        noCamera.setVisible(!live);
        cameraBadge.setVisible(live);
        cameraImage.setVisible(live);
    }

    /** Puts the focus in the scan field, unless a dialog is open (a verdict clearing must not take its focus). */
    public void focusField() {
        if (scanField.getScene() != null && !vm.dialogOpen()) {
            scanField.requestFocus();
            scanField.end();
        }
    }

    public TextField field() {
        return scanField;
    }

    public Node root() {
        return root;
    }

    private final class RecentCell extends ListCell<RecentScan> {
        @Override
        protected void updateItem(RecentScan item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label chip = new Label(texts.get("verdict.word." + item.kind().name()));
            chip.getStyleClass().add("verdict-chip");
            Views.pseudo(chip, VerdictLook.pseudoClass(item.kind()), VerdictLook.allPseudoClasses());
            chip.setGraphic(new FontIcon(VerdictLook.icon(item.kind())));
            setGraphic(chip);
            setText(item.reference() + "  ·  " + TIME.format(item.at().atZone(ZoneId.systemDefault())));
        }
    }
}
