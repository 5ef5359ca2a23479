package com.loungedesk.ui.orders;

import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.common.Views;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/** Controller of the "Needs follow-up" list under the orders table; hidden while the list is empty. */
public final class FollowUpsView {

    private final FollowUpsViewModel vm;
    private final Parent root;

    @FXML private Parent followUpsRoot;
    @FXML private Label titleLabel;
    @FXML private ListView<String> list;

    public FollowUpsView(FollowUpsViewModel vm, Texts texts) {
        this.vm = vm;
        this.root = Views.load("orders/FollowUpsView.fxml", this, texts);
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(vm.titleProperty());
        list.setItems(vm.lines());
        followUpsRoot.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.lines()));
        followUpsRoot.managedProperty().bind(followUpsRoot.visibleProperty());
    }

    public Parent root() {
        return root;
    }
}
