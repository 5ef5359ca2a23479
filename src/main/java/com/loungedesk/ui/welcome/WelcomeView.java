package com.loungedesk.ui.welcome;

import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.common.Views;
import com.loungedesk.ui.port.DemoPass;
import java.nio.file.Files;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Controller of the welcome panel: binds {@link WelcomeViewModel}; images load in the background. */
public final class WelcomeView {

    private final WelcomeViewModel vm;
    private final Texts texts;
    private final Runnable start;
    private final java.util.concurrent.Executor background;
    private final Parent root;

    @FXML private FlowPane demoPane;
    @FXML private Label messageLabel;
    @FXML private Label cancelHintLabel;
    @FXML private Node cancelHintBox;
    @FXML private Label demosTitle;
    @FXML private Button startButton;

    /** @param start goes to the scan home */
    public WelcomeView(WelcomeViewModel vm, Texts texts, Runnable start, java.util.concurrent.Executor background) {
        this.vm = vm;
        this.texts = texts;
        this.start = start;
        this.background = background;
        this.root = Views.load("welcome/WelcomeView.fxml", this, texts);
    }

    @FXML
    private void initialize() {
        messageLabel.textProperty().bind(vm.messageProperty());
        messageLabel.managedProperty().bind(vm.messageProperty().isNotEmpty());
        cancelHintLabel.textProperty().bind(vm.cancelHintProperty());
        cancelHintBox.visibleProperty().bind(vm.cancelHintProperty().isNotEmpty());
        cancelHintBox.managedProperty().bind(cancelHintBox.visibleProperty());
        vm.passes().addListener((ListChangeListener<DemoPass>) c -> fill());
        fill();
    }

    private void fill() {
        demoPane.getChildren().setAll(vm.passes().stream().map(this::card).toList());
        demosTitle.setVisible(!vm.passes().isEmpty());
    }

    private Node card(DemoPass pass) {
        ImageView image = new ImageView();
        image.setFitWidth(150);
        image.setFitHeight(150);
        image.setPreserveRatio(true);
        if (pass.image() != null) {
            String uri = pass.image().toUri().toString();
            background.execute(() -> {
                if (Files.isRegularFile(pass.image())) {
                    Image loaded = new Image(uri, 300, 300, true, true, false);
                    javafx.application.Platform.runLater(() -> image.setImage(loaded));
                }
            });
        }
        Label name = new Label(pass.name());
        name.getStyleClass().add("demo-name");
        Label ref = new Label(pass.reference());
        ref.getStyleClass().add("demo-reference");
        Label description = new Label(pass.description());
        description.setWrapText(true);
        description.getStyleClass().add("muted");
        Button show = new Button(texts.get("welcome.show"), new FontIcon("mdal-camera_alt"));
        show.getStyleClass().add("accent");
        show.setOnAction(e -> {
            start.run();
            vm.showToCamera(pass);
        });
        show.setMinWidth(Region.USE_PREF_SIZE);
        Button type = new Button(texts.get("welcome.type"), new FontIcon("mdal-keyboard"));
        type.setMinWidth(Region.USE_PREF_SIZE);
        type.setOnAction(e -> {
            start.run();
            vm.type(pass);
        });
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(image);
        frame.setMinHeight(156);
        frame.setPrefHeight(156);
        frame.getStyleClass().add("demo-image");
        VBox card = new VBox(8, frame, name, ref, description, new HBox(8, show, type));
        card.getStyleClass().addAll("card-panel", "demo-card");
        card.setPrefWidth(300);
        return card;
    }

    @FXML
    private void start() {
        start.run();
    }

    public Parent root() {
        return root;
    }
}
