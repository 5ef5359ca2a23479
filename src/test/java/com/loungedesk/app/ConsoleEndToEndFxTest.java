package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.config.SettingsStore;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.UsageOrder;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.ui.port.ScanInput;
import com.loungedesk.ui.shell.DeskConsole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The walking skeleton end to end: the console as the launcher wires it (embedded sandbox over real
 * HTTP, real client services and journal), headless. Type a demo reference, press Enter, redeem,
 * see the verdict; the usage order shows up in the live feed.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleEndToEndFxTest {

    private static Path home;
    private ConsoleWiring wiring;
    private DeskConsole console;
    private Stage stage;

    @Start
    void start(Stage window) throws Exception {
        home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "e2e");
        AppPaths paths = AppPaths.under(home);
        new SettingsStore(paths.configDir(), Map.of()).save(DeskSettings.defaults());
        wiring = ConsoleWiring.prepare(paths, new ConsoleOptions(null, false, false, List.of()), (s, o, c) -> ScanInput.none(),
                () -> { });
        stage = window;
        console = new DeskConsole(wiring.connect()); // as the launcher does: the window opens while services connect
        console.start(window);
        window.setWidth(1280);
        window.setHeight(800);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> stage.close());
        wiring.close();
    }

    @Test
    void typedDemoReferenceIsRedeemedOnTheEmbeddedSandboxAndTheOrderAppearsLive(FxRobot robot) {
        robot.clickOn("#idField").write("eve.d");
        robot.clickOn("#nameField").write("Eve");
        robot.clickOn("#signInButton");
        waitUntil(() -> console.session() != null);
        assertTrue(robot.lookup("#sandboxBadge").query().isVisible());

        robot.write(DemoPasses.WALKIN_EPASS).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".picker-sheet").tryQuery().isPresent());
        robot.type(KeyCode.RIGHT).type(KeyCode.ENTER);
        waitForVerdict(robot, "VALID");
        assertEquals("2", text(robot, "#entitlementsValue"));
        waitUntil(() -> wiring.services().orders().snapshot().stream().anyMatch(this::myWalkIn));

        robot.write(DemoPasses.SPENT_EPASS).type(KeyCode.ENTER);
        waitForVerdict(robot, "ALREADY USED");

        robot.write("NOPE-4711").type(KeyCode.ENTER);
        waitForVerdict(robot, "UNKNOWN PASS");
    }

    private boolean myWalkIn(UsageOrder o) {
        return o.status() == OrderStatus.USED && o.guests() == 1 && o.orderId().compareTo("DP00000000001000") > 0;
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    private static void waitForVerdict(FxRobot robot, String word) {
        waitUntil(() -> robot.lookup("#verdictWord").tryQuery().map(n -> word.equals(((Labeled) n).getText()))
                .orElse(false));
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
