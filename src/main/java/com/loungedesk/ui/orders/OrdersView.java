package com.loungedesk.ui.orders;

import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.UsageOrder;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.common.Views;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Controller of the live orders table: binds {@link OrdersViewModel}. */
public final class OrdersView {

    private static final List<OrderStatus> FILTERS = List.of(OrderStatus.PENDING, OrderStatus.CONFIRMED,
            OrderStatus.USED, OrderStatus.CANCELLED, OrderStatus.FAILED);

    private final OrdersViewModel vm;
    private final Texts texts;
    private final Consumer<UsageOrder> cancel;
    private final Parent root;

    @FXML private HBox filterBar;
    @FXML private TextField searchField;
    @FXML private Label sourcesLabel;
    @FXML private TableView<OrderRow> table;
    @FXML private TableColumn<OrderRow, OrderStatus> statusColumn;
    @FXML private TableColumn<OrderRow, String> orderColumn;
    @FXML private TableColumn<OrderRow, String> referenceColumn;
    @FXML private TableColumn<OrderRow, String> placeColumn;
    @FXML private TableColumn<OrderRow, String> peopleColumn;
    @FXML private TableColumn<OrderRow, String> updatedColumn;
    @FXML private TableColumn<OrderRow, Boolean> actionColumn;

    /** @param cancel opens the supervisor cancel sheet for a walk-in order */
    public OrdersView(OrdersViewModel vm, Texts texts, Consumer<UsageOrder> cancel) {
        this.vm = vm;
        this.texts = texts;
        this.cancel = cancel;
        this.root = Views.load("orders/OrdersView.fxml", this, texts);
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        addFilter(group, null, texts.get("orders.all")).setSelected(true);
        FILTERS.forEach(s -> addFilter(group, s, texts.get("status." + s.name())));
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.statusFilterProperty().set((OrderStatus) b.getUserData());
            }
        });
        sourcesLabel.textProperty().bind(vm.sourcesProperty());
        searchField.textProperty().bindBidirectional(vm.searchProperty());
        table.setItems(vm.visibleRows());
        // cells follow their row's order, so a status change shows without rebuilding the table
        statusColumn.setCellValueFactory(c -> live(c.getValue(), UsageOrder::status));
        statusColumn.setCellFactory(c -> new StatusCell());
        orderColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().order().orderId()));
        referenceColumn.setCellValueFactory(c -> live(c.getValue(), UsageOrder::bookingReference));
        placeColumn.setCellValueFactory(c -> live(c.getValue(), OrdersView::place));
        peopleColumn.setCellValueFactory(c -> live(c.getValue(), o -> texts.get("orders.people", o.cardholders(),
                o.guests())));
        updatedColumn.setCellValueFactory(c -> c.getValue().agoProperty());
        actionColumn.setCellValueFactory(c -> live(c.getValue(), o -> c.getValue().cancellable()));
        actionColumn.setCellFactory(c -> new ActionCell());
        table.setRowFactory(t -> new HighlightRow());
        table.setOnKeyPressed(e -> {
            OrderRow row = table.getSelectionModel().getSelectedItem();
            if ((e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.DELETE)
                    && row != null && row.cancellable()) {
                e.consume();
                cancel.accept(row.order());
            }
        });
    }

    private static <T> ObservableValue<T> live(OrderRow row, Function<UsageOrder, T> field) {
        return Bindings.createObjectBinding(() -> field.apply(row.order()), row.orderProperty());
    }

    private ToggleButton addFilter(ToggleGroup group, OrderStatus status, String label) {
        ToggleButton b = new ToggleButton(label);
        b.setUserData(status);
        b.setToggleGroup(group);
        b.getStyleClass().add(filterBar.getChildren().isEmpty() ? "left-pill"
                : status == OrderStatus.FAILED ? "right-pill" : "center-pill");
        filterBar.getChildren().add(b);
        return b;
    }

    private static String place(UsageOrder o) {
        String hub = o.transportHubName() == null ? "" : o.transportHubName();
        String res = o.resourceName() == null ? "" : o.resourceName();
        return hub.isEmpty() ? res : res.isEmpty() ? hub : res + " · " + hub;
    }

    public Parent root() {
        return root;
    }

    public TableView<OrderRow> table() {
        return table;
    }

    /** One chip per cell, re-labelled as rows scroll or shift: a new node per update meant styling it anew. */
    private final class StatusCell extends TableCell<OrderRow, OrderStatus> {
        private final Label chip = new Label();
        private String shown;

        @Override
        protected void updateItem(OrderStatus status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null) {
                setGraphic(null);
                return;
            }
            OrderRow row = getTableRow() == null ? null : getTableRow().getItem();
            // a status the lifecycle does not know shows the backend's own word for it (NOSHOW…)
            String label = status == OrderStatus.UNKNOWN && row != null ? row.order().statusLabel()
                    : texts.get("status." + status.name());
            if (!label.equals(shown)) {
                chip.setText(label);
                chip.getStyleClass().setAll("status-chip", "status-" + status.name().toLowerCase(Locale.ROOT));
                shown = label;
            }
            setGraphic(chip); // no change when it is already there
        }
    }

    /** The value is whether the row's order may be cancelled here. */
    private final class ActionCell extends TableCell<OrderRow, Boolean> {
        private final Button button = new Button(texts.get("orders.cancel"), new FontIcon("mdmz-undo"));

        ActionCell() {
            button.getStyleClass().addAll("small-button", "danger-outline");
            button.setOnAction(e -> {
                OrderRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.cancellable()) {
                    cancel.accept(row.order());
                }
            });
        }

        @Override
        protected void updateItem(Boolean cancellable, boolean empty) {
            super.updateItem(cancellable, empty);
            // the button stays in the cell and is only shown or hidden, so rows shifting do not restyle it
            button.setVisible(!empty && Boolean.TRUE.equals(cancellable));
            setGraphic(empty ? null : button); // no change when it is already there
        }
    }

    private static final class HighlightRow extends TableRow<OrderRow> {
        private final javafx.beans.value.ChangeListener<Boolean> flag = (o, a, b) -> Views.pseudo(this, "changed", b);

        @Override
        protected void updateItem(OrderRow row, boolean empty) {
            OrderRow before = getItem();
            if (before != null) {
                before.highlightedProperty().removeListener(flag);
            }
            super.updateItem(row, empty);
            boolean on = !empty && row != null && row.highlightedProperty().get();
            Views.pseudo(this, "changed", on);
            if (!empty && row != null) {
                row.highlightedProperty().addListener(flag);
            }
        }
    }
}
