package com.loungedesk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.orders.FeedState;
import com.loungedesk.orders.OrderCategory;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.redemption.CancelReason;
import com.loungedesk.ui.orders.OrderRow;
import com.loungedesk.ui.testkit.ConsoleFixture;
import com.loungedesk.ui.testkit.FakeFeed;
import java.time.Instant;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class DeskFlowsFxTest extends ConsoleFxTestBase {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @Test
    void supervisorCancelWrongPinThenRightPinRefundsAndShowsInTable(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        scan(robot, "EPASS-3");
        waitUntil(() -> robot.lookup(".picker-sheet").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#verdictWord", "VALID");
        assertEquals(2, fx.desk.visitsLeft("EPASS-3"));
        robot.type(KeyCode.F8);
        waitUntil(() -> robot.lookup(".cancel-sheet").tryQuery().isPresent());
        assertTrue(text(robot, "#windowLabel").startsWith("Can be cancelled until"));
        robot.clickOn("#confirmButton");
        assertEquals("Choose a reason.", text(robot, "#errorLabel"));
        robot.clickOn("Wrong guest");
        robot.clickOn("#supervisorField").write(ConsoleFixture.SUPERVISOR);
        robot.clickOn("#pinField").write("1111");
        robot.clickOn("#confirmButton");
        waitUntil(() -> text(robot, "#errorLabel").startsWith("Wrong PIN"));
        assertTrue(fx.desk.cancels.isEmpty());
        robot.clickOn("#pinField").write(ConsoleFixture.PIN);
        robot.clickOn("#confirmButton");
        waitUntil(() -> robot.lookup(".cancel-sheet").tryQuery().isEmpty());
        assertEquals(1, fx.desk.cancels.size());
        assertEquals(ConsoleFixture.SUPERVISOR, fx.desk.cancels.get(0).supervisorId());
        assertEquals("anna.k", fx.desk.cancels.get(0).operatorId());
        assertEquals(CancelReason.WRONG_GUEST, fx.desk.cancels.get(0).reason());
        assertEquals(3, fx.desk.visitsLeft("EPASS-3"), "the entitlement came back");
        robot.type(KeyCode.F3);
        waitUntil(() -> status("ord-1001") == OrderStatus.CANCELLED);
        waitUntil(() -> "Cancelled".equals(chip(robot, "ord-1001")));
        assertFalse(cancelOffered(robot, "ord-1001"), "a cancelled usage offers no Cancel button");
        assertTrue(cancelOffered(robot, "ord-0906"), "a used walk-in does");
    }

    @Test
    void ordersTableUpdatesFromAFeedChangeWithoutAClick(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        robot.type(KeyCode.F3);
        waitUntil(() -> status("ord-0902") == OrderStatus.PENDING);
        waitUntil(() -> "Pending".equals(chip(robot, "ord-0902")));
        Thread other = new Thread(() -> fx.feed.change(FakeFeed.order("ord-0902", OrderCategory.PREBOOKING,
                OrderStatus.CANCELLED, "PB-5521", 2, Instant.now())));
        other.start();
        waitUntil(() -> status("ord-0902") == OrderStatus.CANCELLED);
        waitUntil(() -> "Cancelled".equals(chip(robot, "ord-0902")));
        assertTrue(row("ord-0902").highlightedProperty().get());
        waitUntil(() -> robot.lookup(".table-row-cell:changed").tryQuery().isPresent());
        robot.clickOn("Cancelled");
        assertTrue(session().orders().visibleRows().stream().allMatch(r -> r.order().status() == OrderStatus.CANCELLED));
        robot.clickOn("#searchField").write("PB-5521");
        assertEquals(1, session().orders().visibleRows().size());
    }

    @Test
    void offlineThenQueuedThenSent(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        fx.desk.offline = true;
        fx.feed.health(FeedState.OFFLINE, 0);
        waitForText(robot, "#connectionLabel", "Offline · 0 queued");
        scan(robot, "VALID-1");
        waitForText(robot, "#verdictWord", "QUEUED");
        fx.feed.health(FeedState.OFFLINE, 1);
        waitForText(robot, "#connectionLabel", "Offline · 1 queued");
        fx.desk.offline = false;
        fx.feed.health(FeedState.ONLINE, 0);
        fx.feed.change(FakeFeed.order("ord-2001", OrderCategory.WALK_IN, OrderStatus.USED, "VALID-1", 1, Instant.now()));
        waitForText(robot, "#connectionLabel", "Online");
        robot.type(KeyCode.F3);
        waitUntil(() -> status("ord-2001") == OrderStatus.USED);
    }

    @Test
    void scanWhileCancelSheetIsOpenWaitsVisiblyThenRuns(FxRobot robot) {
        signIn(robot, "sup.lee", "Lee");
        scan(robot, "VALID-1");
        waitForText(robot, "#verdictWord", "VALID");
        robot.clickOn("#cancelUsageButton");
        waitUntil(() -> robot.lookup(".cancel-sheet").tryQuery().isPresent());
        int before = fx.desk.lookups.size();
        fx.scanInput.decoded("USED-1");
        waitUntil(() -> robot.lookup("#waitingLabel").query().isVisible());
        assertTrue(text(robot, "#waitingLabel").startsWith("1 scan(s) waiting"));
        assertEquals(before, fx.desk.lookups.size(), "nothing fired into the dialog");
        robot.type(KeyCode.ESCAPE);
        waitForText(robot, "#verdictWord", "ALREADY USED");
        assertTrue(fx.desk.lookups.contains("USED-1|camera"));
        assertTrue(fx.desk.cancels.isEmpty());
    }

    @Test
    void supervisorCancelsFromTheOrdersTableByKeyboard(FxRobot robot) {
        signIn(robot, "anna.k", "Anna");
        robot.type(KeyCode.F3);
        waitUntil(() -> status("ord-0906") == OrderStatus.USED);
        robot.clickOn("ord-0906");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".cancel-sheet").tryQuery().isPresent());
        assertEquals("", ((javafx.scene.control.TextField) robot.lookup("#supervisorField").query()).getText(),
                "staff signed in: the supervisor identifies for this action");
        robot.clickOn("Duplicate scan");
        robot.clickOn("#supervisorField").write(ConsoleFixture.SUPERVISOR);
        robot.clickOn("#pinField").write(ConsoleFixture.PIN).type(KeyCode.ENTER);
        waitUntil(() -> fx.desk.cancels.size() == 1);
        assertEquals("ord-0906", fx.desk.cancels.get(0).orderId());
        assertEquals(CancelReason.DUPLICATE_SCAN, fx.desk.cancels.get(0).reason());
    }

    /** The table row on screen showing the order (null when it is not shown). */
    private static javafx.scene.control.TableRow<?> shownRow(FxRobot robot, String id) {
        return robot.lookup(".orders-page .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getItem() instanceof OrderRow o && o.order().orderId().equals(id)).findFirst().orElse(null);
    }

    /** The status chip's text in the order's row on screen. */
    private static String chip(FxRobot robot, String id) {
        javafx.scene.control.TableRow<?> r = shownRow(robot, id);
        return r == null ? null : r.lookupAll(".status-chip").stream().filter(javafx.scene.Node::isVisible)
                .map(n -> ((javafx.scene.control.Label) n).getText()).findFirst().orElse(null);
    }

    private static boolean cancelOffered(FxRobot robot, String id) {
        javafx.scene.control.TableRow<?> r = shownRow(robot, id);
        return r != null && r.lookupAll(".danger-outline").stream().anyMatch(javafx.scene.Node::isVisible);
    }

    private OrderStatus status(String id) {
        OrderRow r = row(id);
        return r == null ? null : r.order().status();
    }

    private OrderRow row(String id) {
        return session().orders().allRows().stream().filter(r -> r.order().orderId().equals(id)).findFirst().orElse(null);
    }
}
