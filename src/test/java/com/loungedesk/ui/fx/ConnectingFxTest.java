package com.loungedesk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.ui.shell.DeskConsole;
import com.loungedesk.ui.shell.DeskServices;
import com.loungedesk.ui.shell.DeskStart;
import com.loungedesk.ui.testkit.ConsoleFixture;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens before the services are connected: staff can sign in and the desk opens once they are. */
class ConnectingFxTest extends ConsoleFxTestBase {

    private final CompletableFuture<DeskServices> connected = new CompletableFuture<>();
    private DeskServices services;

    @Start
    void start(Stage window) throws Exception {
        fx = new ConsoleFixture(dir, false);
        DeskSettings d = DeskSettings.defaults();
        DeskSettings settings = new DeskSettings("", List.of("sbx_key_1234"), "desk-1", d.mode(), "", false, 30, "en",
                "light", false, d.push(), d.backendType(), d.octo());
        services = fx.services(settings, false);
        stage = window;
        console = new DeskConsole(new DeskStart(settings, services.supervisors(), services.background(), false,
                connected, services.sounds(), null));
        console.start(window);
        window.setWidth(1280);
        window.setHeight(800);
    }

    @Test
    void staffWhoSignInBeforeTheServicesConnectWaitAndThenGetTheirDesk(FxRobot robot) {
        robot.clickOn("#idField").write("anna.k");
        robot.clickOn("#nameField").write("Anna");
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();

        Label waiting = robot.lookup("#waitingLabel").queryAs(Label.class);
        waitUntil(waiting::isVisible); // the sign-in is journaled first, off the FX thread
        assertTrue(waiting.getText().startsWith("Connecting to the backend"), waiting.getText());
        assertTrue(robot.lookup("#signInButton").queryAs(Button.class).isDisabled());
        assertNull(console.session());

        connected.complete(services);
        waitUntil(() -> console.session() != null);
        scan(robot, "VALID-1");
        waitUntil(() -> robot.lookup("#verdictWord").tryQuery().isPresent());
    }

    @Test
    void servicesThatCannotConnectAreExplainedOnTheSignInScreen(FxRobot robot) {
        robot.clickOn("#idField").write("anna.k");
        robot.clickOn("#signInButton");
        waitUntil(() -> robot.lookup("#waitingLabel").queryAs(Label.class).isVisible());

        connected.completeExceptionally(new IOException("database is locked"));
        waitUntil(() -> robot.lookup("#errorLabel").queryAs(Label.class).getText().contains("database is locked"));
        assertFalse(robot.lookup("#waitingLabel").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#signInButton").queryAs(Button.class).isDisabled());
        assertNull(console.session());
    }
}
