package com.loungedesk.ui.fx;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.ui.shell.DeskConsole;
import com.loungedesk.ui.shell.DeskSession;
import com.loungedesk.ui.testkit.ConsoleFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real console (FXML, CSS, view models) on in-test fakes, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
abstract class ConsoleFxTestBase {

    @TempDir
    Path dir;
    ConsoleFixture fx;
    DeskConsole console;
    Stage stage;

    boolean firstRun() {
        return false;
    }

    boolean sandbox() {
        return true;
    }

    /** Each test class calls this from its own {@code @Start} method (TestFX looks there only). */
    void open(Stage window) throws Exception {
        fx = new ConsoleFixture(dir, false);
        DeskSettings d = DeskSettings.defaults();
        DeskSettings settings = new DeskSettings("", List.of("sbx_key_1234"), "desk-1", d.mode(), "", false, 30, "en",
                "light", false, d.push(), d.backendType(), d.octo());
        stage = window;
        console = new DeskConsole(fx.services(settings, firstRun(), sandbox()));
        console.start(window);
        window.setWidth(1280);
        window.setHeight(800);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        if (stage != null) {
            robot.interact(() -> stage.close());
        }
        fx.close();
    }

    void signIn(FxRobot robot, String id, String name) {
        robot.clickOn("#idField").write(id);
        robot.clickOn("#nameField").write(name);
        robot.clickOn("#signInButton");
        waitUntil(() -> console.session() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void scan(FxRobot robot, String reference) {
        robot.write(reference).type(KeyCode.ENTER);
    }

    /**
     * Types {@code text} and Enter the way a USB scanner does: every key within a millisecond or two, each
     * delivered through the scene to whatever has the focus at that moment (as the keyboard would).
     */
    void burst(FxRobot robot, String text) {
        robot.interact(() -> {
            javafx.scene.Scene scene = stage.getScene();
            for (char c : text.toCharArray()) {
                javafx.event.EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            javafx.event.EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
    }

    DeskSession session() {
        return console.session();
    }

    String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return ((Labeled) n).getText();
    }

    void waitForText(FxRobot robot, String query, String expected) {
        waitUntil(() -> robot.lookup(query).tryQuery().map(n -> expected.equals(((Labeled) n).getText())).orElse(false));
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
