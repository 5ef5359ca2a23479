package com.loungedesk.ui.summary;

import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.common.Views;
import com.loungedesk.ui.port.OperatorTotals;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Controller of the shift summary: binds {@link SummaryViewModel}; the file dialog comes in as a supplier. */
public final class SummaryView {

    private final SummaryViewModel vm;
    private final Supplier<Path> chooseFile;
    private final Parent root;

    @FXML private Label totalsLabel;
    @FXML private Label messageLabel;
    @FXML private Button exportButton;
    @FXML private TableView<OperatorTotals> table;
    @FXML private TableColumn<OperatorTotals, String> operatorColumn;
    @FXML private TableColumn<OperatorTotals, Integer> redeemedColumn;
    @FXML private TableColumn<OperatorTotals, Integer> guestsColumn;
    @FXML private TableColumn<OperatorTotals, Integer> cancelledColumn;
    @FXML private TableColumn<OperatorTotals, Integer> failedColumn;
    @FXML private TableColumn<OperatorTotals, Integer> followUpColumn;

    /** @param chooseFile asks where to save the CSV (null when the person cancels) */
    public SummaryView(SummaryViewModel vm, Texts texts, Supplier<Path> chooseFile) {
        this.vm = vm;
        this.chooseFile = chooseFile;
        this.root = Views.load("summary/SummaryView.fxml", this, texts);
    }

    @FXML
    private void initialize() {
        table.setItems(vm.rows());
        operatorColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        number(redeemedColumn, OperatorTotals::redeemed);
        number(guestsColumn, OperatorTotals::guests);
        number(cancelledColumn, OperatorTotals::cancelled);
        number(failedColumn, OperatorTotals::failedScans);
        number(followUpColumn, OperatorTotals::followUps);
        totalsLabel.textProperty().bind(vm.totalsProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        exportButton.disableProperty().bind(vm.busyProperty());
    }

    private static void number(TableColumn<OperatorTotals, Integer> column, Function<OperatorTotals, Integer> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    @FXML
    private void export() {
        vm.export(chooseFile.get());
    }

    public Parent root() {
        return root;
    }
}
