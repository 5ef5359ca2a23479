package com.loungedesk.ui.welcome;

import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.port.DemoPass;
import com.loungedesk.ui.port.DemoPasses;
import com.loungedesk.ui.port.ScanInput;
import java.util.function.BiConsumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first-run welcome panel: three lines about the desk and the demo passes, each of which can be
 * fed through the image decoder as if the camera saw it (or typed in, when no decoder is wired).
 */
public final class WelcomeViewModel {

    private final DemoPasses demos;
    private final ScanInput scanInput;
    private final TaskRunner runner;
    private final Texts texts;
    private final BiConsumer<String, String> typed;
    private final ObservableList<DemoPass> passes = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty cancelHint = new SimpleStringProperty("");

    /**
     * @param typed   where a reference goes when it is typed rather than decoded: (reference, source)
     * @param sandbox true on the embedded sandbox only: the page then explains how a new user cancels a usage
     *                (never on a real backend, where supervisors are set up by the desk's owner)
     */
    public WelcomeViewModel(DemoPasses demos, ScanInput scanInput, TaskRunner runner, Texts texts,
                            BiConsumer<String, String> typed, boolean sandbox) {
        this.cancelHint.set(sandbox ? texts.get("welcome.sandboxCancel") : "");
        this.demos = demos;
        this.scanInput = scanInput;
        this.runner = runner;
        this.texts = texts;
        this.typed = typed;
    }

    public void load() {
        runner.run("demo passes", demos::list, passes::setAll, e -> message.set(texts.get("welcome.noDemos")));
    }

    /** Decodes the pass's image through the scan pipeline, as if the camera saw it. */
    public void showToCamera(DemoPass pass) {
        message.set(texts.get("welcome.feeding", pass.name()));
        runner.run("demo image", () -> {
            scanInput.feedImage(pass.image());
            return pass;
        }, p -> message.set(""), e -> {
            message.set(texts.get("welcome.feedFailed", pass.reference()));
            typed.accept(pass.reference(), "typed");
        });
    }

    public void type(DemoPass pass) {
        message.set("");
        typed.accept(pass.reference(), "typed");
    }

    public ObservableList<DemoPass> passes() { return passes; }
    public StringProperty messageProperty() { return message; }
    /** How to cancel a usage on the sandbox (sign in as a supervisor...); empty on a real backend. */
    public StringProperty cancelHintProperty() { return cancelHint; }
}
