package com.loungedesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ErrorDialogFxTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void reportIsOnePlainSentenceWithTheFullDetailsBeside() {
        ErrorReport r = ErrorReport.of(new RuntimeException("wrapped", new IllegalStateException("disk\u0000 gone\n")),
                "1.2.3");
        assertEquals("Something went wrong (disk  gone). LoungeDesk keeps running; if it happens again, copy the "
                + "details and send them with the log file.", r.sentence());
        assertTrue(r.details().startsWith("LoungeDesk 1.2.3\njava.lang.RuntimeException: wrapped"));
        assertTrue(r.details().contains("Caused by: java.lang.IllegalStateException"));
    }

    @Test
    void dialogShowsTheSentenceCopiesTheDetailsAndStaysOneAtATime(FxRobot robot) throws Exception {
        ErrorReport report = ErrorReport.of(new IllegalStateException("boom"), "test");
        ErrorDialog.show(report);
        ErrorDialog.show(ErrorReport.of(new IllegalStateException("second"), "test"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs(robot) == 1);
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("boom"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((javafx.scene.control.Button) button(robot, ErrorDialog.COPY)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals(report.details(), copied);
        assertEquals(1, dialogs(robot), "copying keeps the dialog open");
        robot.interact(() -> ((javafx.scene.control.Button) button(robot, "Close")).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs(robot) == 0);
        assertFalse(robot.lookup(".dialog-pane").tryQuery().isPresent());
    }

    @Test
    void anErrorNobodyCaughtOnTheFxThreadShowsTheDialogAndTheDeskGoesOn(FxRobot robot) throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(ErrorDialog.uncaughtHandler("test"));
        try {
            javafx.application.Platform.runLater(() -> {
                throw new IllegalStateException("thrown on the FX thread");
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs(robot) == 1);
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertTrue(pane.getContentText().startsWith("Something went wrong (thrown on the FX thread)."),
                    pane.getContentText());
            assertTrue(((javafx.scene.control.TextArea) pane.getExpandableContent()).getText()
                    .contains("java.lang.IllegalStateException: thrown on the FX thread"));
            assertEquals("still running", WaitForAsyncUtils.asyncFx(() -> "still running").get(10, TimeUnit.SECONDS));
            robot.interact(() -> ((javafx.scene.control.Button) button(robot, "Close")).fire());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs(robot) == 0);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private static javafx.scene.Node button(FxRobot robot, String text) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        return pane.getButtonTypes().stream().filter(t -> t.getText().equals(text)).findFirst()
                .map(pane::lookupButton).orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static long dialogs(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane).count();
    }
}
