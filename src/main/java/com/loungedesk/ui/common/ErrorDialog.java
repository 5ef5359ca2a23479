package com.loungedesk.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Shows an unexpected error: a plain sentence, the details folded away, and "Copy details". One at a
 * time, so an error that repeats cannot bury the desk under dialogs.
 */
public final class ErrorDialog {

    public static final String COPY = "Copy details";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ErrorDialog.class);
    private static final AtomicBoolean SHOWING = new AtomicBoolean();

    private ErrorDialog() {
    }

    /** For errors nobody caught, on any thread (the FX thread too): logged in full, shown in plain words; the app goes on. */
    public static Thread.UncaughtExceptionHandler uncaughtHandler(String version) {
        return (thread, error) -> {
            LOG.error("Uncaught error on thread {}", thread.getName(), error);
            try {
                show(ErrorReport.of(error, version));
            } catch (RuntimeException | Error e) {
                LOG.error("The error could not be shown", e);
            }
        };
    }

    /** Shows the report on the FX thread (from any thread); does nothing while another is open. */
    public static void show(ErrorReport report) {
        if (!SHOWING.compareAndSet(false, true)) {
            return;
        }
        Platform.runLater(() -> {
            try {
                Alert alert = new Alert(Alert.AlertType.ERROR);
                alert.setTitle("LoungeDesk");
                alert.setHeaderText("Something went wrong");
                alert.setContentText(report.sentence());
                TextArea details = new TextArea(report.details());
                details.setEditable(false);
                details.setWrapText(false);
                alert.getDialogPane().setExpandableContent(details);
                ButtonType copy = new ButtonType(COPY, ButtonBar.ButtonData.LEFT);
                alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
                alert.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(report.details());
                    Clipboard.getSystemClipboard().setContent(content);
                    e.consume();
                });
                alert.setOnHidden(e -> SHOWING.set(false));
                alert.show();
            } catch (RuntimeException e) {
                SHOWING.set(false);
                throw e;
            }
        });
    }
}
