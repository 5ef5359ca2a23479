package com.loungedesk.ui.picker;

import com.loungedesk.redemption.PassBooking;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.common.Views;
import com.loungedesk.ui.port.BoardingPass;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Controller of the package picker / guests sheet: binds {@link PickerViewModel}. */
public final class PickerView {

    private final PickerViewModel vm;
    private final Texts texts;
    private final Parent root;

    @FXML private FontIcon titleIcon;
    @FXML private Label titleLabel;
    @FXML private Label referenceLabel;
    @FXML private ListView<PickerItem> bookingList;
    @FXML private VBox guestsBox;
    @FXML private Label guestCount;
    @FXML private Label guestsOf;
    @FXML private Label partyLabel;
    @FXML private Button moreButton;
    @FXML private Button fewerButton;
    @FXML private VBox boardingBox;
    @FXML private Label boardingLine;
    @FXML private VBox warningsBox;
    @FXML private Label problemLabel;
    @FXML private Button redeemButton;

    public PickerView(PickerViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        this.root = Views.load("picker/PickerView.fxml", this, texts);
    }

    /** Picker keys arriving at the scan field; answers true when handled. */
    public static boolean handleKey(PickerViewModel vm, KeyCode code, boolean fieldEmpty) {
        switch (code) {
            case UP -> vm.moveUp();
            case DOWN -> vm.moveDown();
            case SPACE -> {
                if (!fieldEmpty) {
                    return false;
                }
                vm.toggleFocused();
            }
            case RIGHT, PLUS, ADD -> {
                if (!fieldEmpty) {
                    return false;
                }
                vm.moreGuests();
            }
            case LEFT, MINUS, SUBTRACT -> {
                if (!fieldEmpty) {
                    return false;
                }
                vm.fewerGuests();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(texts.get(vm.isParty() ? "picker.titleParty" : vm.isPackage() ? "picker.titlePackage"
                : "picker.titleGuests"));
        titleIcon.setIconLiteral(vm.isPackage() ? "mdal-list_alt" : "mdal-group");
        referenceLabel.setText(vm.reference());
        bookingList.setItems(vm.items());
        bookingList.setCellFactory(l -> new BookingCell());
        vm.items().forEach(i -> i.chosenProperty().addListener((o, a, b) -> bookingList.refresh()));
        bookingList.setFixedCellSize(56);
        bookingList.setPrefHeight(Math.min(5, Math.max(1, vm.items().size())) * 56 + 4);
        vm.focusedProperty().addListener((o, a, b) -> select(b.intValue()));
        select(vm.focusedProperty().get());
        guestCount.textProperty().bind(vm.guestsProperty().asString());
        guestsOf.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("guests.of", vm.maxGuestsProperty().get()), vm.maxGuestsProperty()));
        partyLabel.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("guests.cardholder", vm.guestsProperty().get()), vm.guestsProperty()));
        moreButton.disableProperty().bind(vm.guestsProperty().greaterThanOrEqualTo(vm.maxGuestsProperty()));
        fewerButton.disableProperty().bind(vm.guestsProperty().lessThanOrEqualTo(0));
        guestsBox.visibleProperty().bind(vm.maxGuestsProperty().greaterThan(0));
        guestsBox.managedProperty().bind(guestsBox.visibleProperty());
        problemLabel.textProperty().bind(vm.problemProperty());
        problemLabel.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        vm.boardingPassProperty().addListener((o, a, b) -> showBoarding(b));
        vm.warnings().addListener((ListChangeListener<String>) c -> showBoarding(vm.boardingPassProperty().get()));
        showBoarding(vm.boardingPassProperty().get());
    }

    private void select(int index) {
        bookingList.getSelectionModel().select(index);
        bookingList.scrollTo(index);
    }

    private void showBoarding(BoardingPass pass) {
        boardingBox.setVisible(pass != null);
        boardingBox.setManaged(pass != null);
        warningsBox.getChildren().clear();
        if (pass == null) {
            return;
        }
        boardingLine.setText(pass.flight() + "  " + pass.from() + " → " + pass.to() + "  ·  " + pass.flightDate()
                + "  ·  " + pass.passengerName());
        if (vm.warnings().isEmpty()) {
            Label ok = new Label(texts.get("boarding.ok"), new FontIcon("mdal-check_circle"));
            ok.getStyleClass().add("boarding-ok");
            warningsBox.getChildren().add(ok);
        }
        for (String w : vm.warnings()) {
            Label warning = new Label(w, new FontIcon("mdmz-warning"));
            warning.getStyleClass().add("boarding-warning");
            warning.setWrapText(true);
            warningsBox.getChildren().add(warning);
        }
    }

    @FXML
    private void more() {
        vm.moreGuests();
    }

    @FXML
    private void fewer() {
        vm.fewerGuests();
    }

    @FXML
    private void close() {
        vm.close();
    }

    @FXML
    private void redeem() {
        vm.confirm();
    }

    public Parent root() {
        return root;
    }

    private final class BookingCell extends ListCell<PickerItem> {
        @Override
        protected void updateItem(PickerItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            PassBooking b = item.booking();
            FontIcon box = new FontIcon(item.chosen() ? "mdal-check_box" : "mdal-check_box_outline_blank");
            box.getStyleClass().add("choice-icon");
            Label name = new Label(b.productName());
            name.getStyleClass().add("booking-name");
            Label units = new Label(vm.people(b) + (b.holderName().isBlank() ? "" : "  ·  " + b.holderName()));
            units.getStyleClass().add("muted");
            VBox text = new VBox(2, name, units);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            Label state = new Label(b.redeemable() ? texts.get("picker.redeemable") : vm.reason(b));
            state.getStyleClass().addAll("status-chip", b.redeemable() ? "chip-ok" : "chip-bad");
            HBox row = new HBox(12, box, text, grow, state);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Views.pseudo(row, "unavailable", !b.redeemable());
            setGraphic(row);
            setOnMouseClicked(e -> vm.toggle(getIndex()));
        }
    }
}
