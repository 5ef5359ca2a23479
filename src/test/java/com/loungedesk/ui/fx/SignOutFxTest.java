package com.loungedesk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Signing in and out through the window puts both into the audit log. */
class SignOutFxTest extends ConsoleFxTestBase {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @Test
    void signInAndSignOutAreJournaled(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        robot.clickOn("#signOutButton");
        waitUntil(() -> console.session() == null && robot.lookup("#signInButton").tryQuery().isPresent());
        waitUntil(() -> signs().size() == 2);
        assertEquals(List.of("SIGN_IN anna.k STAFF", "SIGN_OUT anna.k STAFF"), signs());
    }

    private List<String> signs() {
        return fx.securityLog.lines().stream().filter(l -> l.startsWith("SIGN_")).toList();
    }
}
