package com.loungedesk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.ui.shell.Page;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A scan typed at scanner speed lands as a scan on every page, and a focused field hands a burst over. */
class ScanAnywhereFxTest extends ConsoleFxTestBase {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @Override
    boolean firstRun() {
        return true;
    }

    @Test
    void aScanTypedOnTheWelcomePageReachesAVerdict(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        assertEquals(Page.WELCOME, session().shell().pageProperty().get());
        burst(robot, "VALID-1");
        waitForText(robot, "#verdictWord", "VALID");
        assertTrue(fx.desk.lookups.contains("VALID-1|wedge"), fx.desk.lookups.toString());
    }

    @Test
    void aScanTypedOnTheOrdersSummaryAndSettingsPagesReachesAVerdict(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        String[][] pages = {{"F3", "USED-1", "ALREADY USED"}, {"F4", "EXPIRED-1", "NOT REDEEMABLE"},
                {"F5", "NOPE-77", "UNKNOWN PASS"}};
        for (String[] p : pages) {
            robot.type(KeyCode.valueOf(p[0]));
            waitUntil(() -> session().shell().pageProperty().get() != Page.SCAN);
            burst(robot, p[1]);
            waitForText(robot, "#verdictWord", p[2]);
            assertTrue(fx.desk.lookups.stream().anyMatch(l -> l.startsWith(p[1] + "|")), p[0] + " " + fx.desk.lookups);
        }
    }

    @Test
    void aFocusedFieldKeepsItsTypingButHandsAScannerBurstOver(FxRobot robot) throws Exception {
        signIn(robot, "anna.k", "Anna");
        robot.type(KeyCode.F3);
        robot.clickOn("#searchField");
        for (char c : "PB".toCharArray()) { // a person's pace: far slower than a scanner
            robot.write(c);
            Thread.sleep(120);
        }
        burst(robot, "USED-1");
        waitForText(robot, "#verdictWord", "ALREADY USED");
        assertTrue(fx.desk.lookups.contains("USED-1|wedge"), fx.desk.lookups.toString());
        robot.type(KeyCode.F3);
        assertEquals("PB", ((TextField) robot.lookup("#searchField").query()).getText(), "the person's typing stays");
    }

    @Test
    void onTheSandboxTheWelcomePageSaysHowToCancel(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        assertTrue(robot.lookup("#cancelHintBox").query().isVisible());
        assertTrue(text(robot, "#cancelHintLabel").contains("sign in with the role Supervisor"));
        assertTrue(text(robot, "#cancelHintLabel").contains("F8"));
    }

    @Test
    void slowTypingOutsideAnyFieldStillEndsInTheScanField(FxRobot robot) throws Exception {
        signIn(robot, "anna.k", "Anna");
        robot.type(KeyCode.F4);
        for (char c : "VALID-1".toCharArray()) {
            robot.write(c);
            Thread.sleep(60);
        }
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#verdictWord", "VALID");
        assertTrue(fx.desk.lookups.contains("VALID-1|typed"), fx.desk.lookups.toString());
        assertFalse(fx.desk.lookups.stream().anyMatch(l -> l.startsWith("ALID")), "no key was lost");
    }

    @Test
    void aBurstIntoADialogsFieldOrOutsideItsFieldsWaitsAsAScanUntilTheDialogCloses(FxRobot robot) {
        signIn(robot, "sup.lee", "Lee");
        burst(robot, "VALID-1");
        waitForText(robot, "#verdictWord", "VALID");
        robot.type(KeyCode.F8);
        waitUntil(() -> robot.lookup(".cancel-sheet").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#noteField").query().requestFocus());
        burst(robot, "USED-1");
        assertEquals("", ((TextField) robot.lookup("#noteField").query()).getText(), "the scan never lands in the note");
        robot.interact(() -> robot.lookup(".cancel-sheet .radio-button").query().requestFocus());
        burst(robot, "EXPIRED-1");
        waitUntil(() -> text(robot, "#waitingLabel").startsWith("2 scan(s) waiting"));
        assertFalse(fx.desk.lookups.stream().anyMatch(l -> l.startsWith("USED-1") || l.startsWith("EXPIRED-1")),
                "nothing fired into the dialog");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx.desk.lookups.contains("EXPIRED-1|wedge"));
        assertTrue(fx.desk.lookups.indexOf("USED-1|wedge") < fx.desk.lookups.indexOf("EXPIRED-1|wedge"), "in order");
        assertTrue(fx.desk.cancels.isEmpty());
    }
}
