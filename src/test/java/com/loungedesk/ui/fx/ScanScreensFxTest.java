package com.loungedesk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.ui.shell.DeskConsole;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ScanScreensFxTest extends ConsoleFxTestBase {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @Test
    void signInShowsOperatorDeskAndSandboxBadge(FxRobot robot) {
        assertEquals(DeskConsole.TITLE, stage.getTitle());
        robot.clickOn("#signInButton");
        assertTrue(text(robot, "#errorLabel").startsWith("Enter your operator id"));
        signIn(robot, "anna.k", "Anna Kowalska");
        assertEquals("Anna Kowalska", text(robot, "#operatorLabel"));
        assertEquals("desk-1", text(robot, "#deskLabel"));
        assertTrue(robot.lookup("#sandboxBadge").query().isVisible());
        assertTrue(robot.lookup("#scanField").query().isFocused(), "the scan field has the focus");
    }

    @Test
    void validScanFillsTheWindowAndSaysValid(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        scan(robot, "VALID-1");
        waitForText(robot, "#verdictWord", "VALID");
        Node shell = robot.lookup(".desk-shell").query();
        assertTrue(shell.getPseudoClassStates().contains(PseudoClass.getPseudoClass("verdict-valid")));
        assertEquals("Mei Lin Chen", text(robot, "#holderValue"));
        assertTrue(text(robot, "#countdownLabel").startsWith("Clears in"));
        assertEquals(List.of("VALID-1"), fx.desk.redeems.get(0).codes());
        assertEquals("anna.k", fx.desk.redeems.get(0).operatorId());
    }

    @Test
    void alreadyUsedScanSaysWhenAndWhere(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        scan(robot, "USED-1");
        waitForText(robot, "#verdictWord", "ALREADY USED");
        assertTrue(text(robot, "#usedValue").contains("Skyline Lounge, desk-2"));
        assertTrue(fx.desk.redeems.isEmpty());
    }

    @Test
    void unknownCodeSaysUnknownPassAndNextScanReplacesIt(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        scan(robot, "NOPE-4711");
        waitForText(robot, "#verdictWord", "UNKNOWN PASS");
        scan(robot, "VALID-1");
        waitForText(robot, "#verdictWord", "VALID");
    }

    @Test
    void packageChoiceByKeyboardRedeemsChosenOnesInOneRequest(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        scan(robot, "PKG-3");
        waitUntil(() -> robot.lookup(".picker-sheet").tryQuery().isPresent());
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE).type(KeyCode.ENTER);
        waitForText(robot, "#verdictWord", "VALID");
        assertEquals(1, fx.desk.redeems.size());
        assertEquals(List.of("PKG-3-A"), fx.desk.redeems.get(0).codes());
        assertTrue(robot.lookup(".picker-sheet").tryQuery().isEmpty());
    }

    @Test
    void guestsStepperIsBoundedByThePass(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        scan(robot, "EPASS-3");
        waitUntil(() -> robot.lookup(".picker-sheet").tryQuery().isPresent());
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals("2", text(robot, "#guestCount"));
        assertTrue(text(robot, "#problemLabel").contains("at most 2"));
        assertTrue(robot.lookup("#moreButton").query().isDisabled());
        robot.type(KeyCode.LEFT);
        assertEquals("1", text(robot, "#guestCount"));
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#verdictWord", "VALID");
        assertEquals(1, fx.desk.redeems.get(0).guests());
        assertEquals("2", text(robot, "#entitlementsValue"));
    }

    @Test
    void hangingBackendLeavesTheConsoleResponsive(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        fx.desk.hang = new CountDownLatch(1);
        scan(robot, "VALID-1");
        waitUntil(() -> session().scan().busyProperty().get());
        robot.type(KeyCode.F3);
        waitUntil(() -> robot.lookup(".orders-table").tryQuery().map(Node::isVisible).orElse(false));
        robot.type(KeyCode.F2);
        scan(robot, "USED-1");
        assertTrue(session().scan().statusProperty().get().contains("waiting"));
        fx.desk.hang.countDown();
        fx.desk.hang = null;
        waitForText(robot, "#verdictWord", "ALREADY USED");
        assertEquals(List.of("VALID-1|typed", "USED-1|typed"), fx.desk.lookups.stream()
                .map(l -> l.replace("wedge", "typed")).toList());
    }
}
