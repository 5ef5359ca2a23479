package com.loungedesk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.config.DeskSettings;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class OtherScreensFxTest extends ConsoleFxTestBase {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @Override
    boolean firstRun() {
        return true;
    }

    @Test
    void firstRunWelcomeFeedsADemoPassImageAsIfTheCameraSawIt(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        waitUntil(() -> robot.lookup(".demo-card").queryAll().size() == 3);
        assertTrue(robot.lookup(".welcome-line").queryAll().size() == 3);
        robot.clickOn("Show to camera");
        waitUntil(() -> robot.lookup(".picker-sheet").tryQuery().isPresent());
        assertTrue(fx.desk.lookups.contains("EPASS-3|image"), fx.desk.lookups.toString());
    }

    @Test
    void settingsAreSavedThroughTheStore(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        robot.type(KeyCode.F5);
        waitUntil(() -> robot.lookup("#urlField").tryQuery().isPresent());
        assertEquals("sbx_•••• (file)", text(robot, "#maskedKeys"));
        assertTrue(!robot.lookup("#supervisorPane").query().isVisible(), "staff settings need no PIN");
        robot.clickOn("#darkTheme");
        robot.clickOn("#urlField").write("ftp://nope");
        robot.clickOn("#saveButton");
        waitUntil(() -> text(robot, "#messageLabel").startsWith("The backend URL"));
        robot.doubleClickOn("#urlField").eraseText(20);
        robot.clickOn("#saveButton");
        waitUntil(() -> text(robot, "#messageLabel").startsWith("Saved"));
        DeskSettings saved = fx.store.load().settings();
        assertEquals("dark", saved.theme());
        assertEquals(java.util.List.of("sbx_key_1234"), saved.apiKeys());

        robot.clickOn("#urlField").write("https://lounge.example.com");
        waitUntil(() -> robot.lookup("#supervisorPane").query().isVisible());
        robot.clickOn("#saveButton");
        waitUntil(() -> text(robot, "#messageLabel").startsWith("The backend, the keys"));
        robot.clickOn("#supervisorField").write(com.loungedesk.ui.testkit.ConsoleFixture.SUPERVISOR);
        robot.clickOn("#supervisorPinField").write(com.loungedesk.ui.testkit.ConsoleFixture.PIN);
        robot.clickOn("#saveButton");
        waitUntil(() -> text(robot, "#messageLabel").startsWith("Saved"));
        assertEquals("https://lounge.example.com", fx.store.load().settings().backendUrl());
        assertTrue(fx.securityLog.lines().contains("SETTINGS_CHANGED anna.k supervisor sup.lee"), fx.securityLog.lines().toString());
    }

    @Test
    void shiftSummaryListsOperators(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        robot.type(KeyCode.F4);
        waitUntil(() -> robot.lookup(".summary-page .table-view").tryQuery().map(t -> ((TableView<?>) t).getItems().size() == 2).orElse(false));
        assertTrue(text(robot, "#totalsLabel").startsWith("Desk total: 50 redeemed"));
    }
}
