package com.loungedesk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** On a real backend the welcome page never offers the sandbox's how-to-cancel help. */
class WelcomeOnARealBackendFxTest extends ConsoleFxTestBase {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @Override
    boolean firstRun() {
        return true;
    }

    @Override
    boolean sandbox() {
        return false;
    }

    @Test
    void theWelcomePageHasNoSandboxCancelHelp(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        waitUntil(() -> robot.lookup("#cancelHintBox").tryQuery().isPresent());
        assertTrue(robot.lookup("#cancelHintBox").tryQuery().isPresent());
        assertFalse(robot.lookup("#cancelHintBox").query().isVisible());
        assertTrue(text(robot, "#cancelHintLabel").isEmpty());
    }
}
