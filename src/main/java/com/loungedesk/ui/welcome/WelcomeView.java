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
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Controller of the welcome panel: binds {@link WelcomeViewModel}; images load in the background. */
public final class WelcomeView {

    private final WelcomeViewModel vm;
    private final Texts texts;
    private final Runnable start;
    private final Parent root;

    @FXML private FlowPane demoPane;
    @FXML private Label messageLabel;
    @FXML private Label demosTitle;
    @FXML private Button startButton;

    /** @param start goes to the scan home */
    public WelcomeView(WelcomeViewModel vm, Texts texts, Runnable start) {
        this.vm = vm;
        this.texts = texts;
        this.start = start;
        this.root = Views.load("welcome/WelcomeView.fxml", this, texts);
    }

    @FXML
    private void initialize() {
        messageLabel.textProperty().bind(vm.messageProperty());
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
        if (pass.image() != null && Files.isRegularFile(pass.image())) {
            image.setImage(new Image(pass.image().toUri().toString(), 300, 300, true, true, true));
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
        Button type = new Button(texts.get("welcome.type"), new FontIcon("mdal-keyboard"));
        type.setOnAction(e -> {
            start.run();
            vm.type(pass);
        });
        VBox card = new VBox(8, image, name, ref, description, new HBox(8, show, type));
        card.getStyleClass().addAll("card-panel", "demo-card");
        card.setPrefWidth(260);
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
