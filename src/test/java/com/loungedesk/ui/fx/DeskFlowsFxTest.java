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
import com.loungedesk.ui.testkit.RealBackend;
import com.loungedesk.journal.OutboxEntry;
import com.loungedesk.sandbox.DemoPasses;
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

    /**
     * On the real client stack (journal, outbox, outbox sync, order tracker) and a real sandbox behind a
     * proxy that goes down: a redeem made while the backend is down is QUEUED in the outbox, and when the
     * backend answers again the console's own outbox sync sends it, once; the order arrives through the
     * real tracker into the Orders page.
     */
    @Test
    void offlineThenQueuedThenSent(FxRobot robot) throws Exception {
        try (RealBackend real = new RealBackend(dir.resolve("real"), 20)) {
            reopenOn(robot, real.services(fx));
            signIn(robot, "anna.k", "Anna");
            scan(robot, DemoPasses.WALKIN_EPASS);
            waitUntil(() -> robot.lookup(".picker-sheet").tryQuery().isPresent());
            real.proxy.down(true);
            robot.type(KeyCode.ENTER);
            waitForText(robot, "#verdictWord", "QUEUED");
            waitUntilLong(() -> "Offline · 1 queued".equals(text(robot, "#connectionLabel")));
            assertEquals(0, real.proxy.redeemsForwarded(), "nothing reached the backend while it was down");
            assertEquals(OutboxEntry.State.PENDING, redeemEntry(real).state());

            real.proxy.down(false);
            waitUntilLong(() -> redeemEntry(real).state() == OutboxEntry.State.DONE);
            String orderId = redeemEntry(real).result();
            assertTrue(orderId.startsWith("DP"), orderId);
            robot.type(KeyCode.F3);
            waitUntilLong(() -> status(orderId) == OrderStatus.USED);
            waitUntilLong(() -> text(robot, "#connectionLabel").equals("Online"));
            real.client.outboxSync().syncOnce();
            assertEquals(1, real.proxy.redeemsForwarded(), "sent once");
        }
    }

    /**
     * The console on a plain OCTO supplier (found by probing): a family booking opens the picker with one
     * row per person, staff leave the child out, the verdict is VALID for two people, and the Orders page
     * shows the booking Used from the supplier's own bookings list; nothing left the supplier's prefix.
     */
    @Test
    void onAPlainOctoSupplierStaffChooseWhoEntersAndTheBookingShowsUsed(FxRobot robot) throws Exception {
        try (RealBackend real = RealBackend.plainOcto(dir.resolve("octo"))) {
            reopenOn(robot, real.services(fx));
            signIn(robot, "anna.k", "Anna");
            scan(robot, "OCTO-FAMILY-2A1C");
            waitUntil(() -> robot.lookup(".picker-sheet").tryQuery().isPresent());
            waitForText(robot, "#titleLabel", "Choose who enters");
            robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.SPACE); // leave the child out
            robot.type(KeyCode.ENTER);
            waitForText(robot, "#verdictWord", "VALID");
            assertTrue(text(robot, "#verdictMessage").startsWith("Redeemed 2 people"), text(robot, "#verdictMessage"));
            robot.type(KeyCode.F3);
            waitUntilLong(() -> session().orders().allRows().stream().anyMatch(r -> "OCTO-FAMILY-2A1C"
                    .equals(r.order().bookingReference()) && r.order().status() == OrderStatus.USED
                    && r.order().cardholders() + r.order().guests() == 2));
            assertTrue(real.proxy.requests().stream().allMatch(r -> r.split(" ")[1].startsWith("/octo/v1/")),
                    real.proxy.requests().toString());
        }
    }

    /**
     * The backend cannot be reached at scan time: the verdict is OFFLINE, a supervisor admits the guests
     * offline (PIN, reason, people), and when the backend answers again the console sends the admission as a
     * lookup and a redeem; an admission of a spent pass is refused then and listed for follow-up on Orders.
     */
    @Test
    void anOfflineAdmissionIsSentWhenTheBackendIsBackAndARefusalNeedsFollowUp(FxRobot robot) throws Exception {
        try (RealBackend real = new RealBackend(dir.resolve("real"), 20)) {
            reopenOn(robot, real.services(fx));
            signIn(robot, "anna.k", "Anna");
            real.proxy.down(true);
            burst(robot, DemoPasses.WALKIN_EPASS);
            waitForText(robot, "#verdictWord", "OFFLINE");
            assertEquals("Could not check this pass: the backend cannot be reached.", text(robot, "#verdictMessage"));
            assertTrue(robot.lookup("#admitOfflineButton").query().isVisible());
            admitOffline(robot, 2, "network down at T3");
            waitForText(robot, "#verdictWord", "QUEUED");
            assertTrue(text(robot, "#verdictMessage").startsWith("Admitted offline: 2 people"), text(robot, "#verdictMessage"));

            burst(robot, DemoPasses.SPENT_EPASS);
            waitForText(robot, "#verdictWord", "OFFLINE");
            robot.type(KeyCode.F8);
            admitOffline(robot, 1, "regular guest, card seen");
            waitForText(robot, "#verdictWord", "QUEUED");
            assertEquals(2, real.client.offlineAdmissions().waiting());
            assertEquals(0, real.proxy.redeemsForwarded());

            real.proxy.down(false);
            try {
                waitUntilLong(() -> real.client.offlineAdmissions().waiting() == 0);
            } catch (AssertionError e) {
                throw new AssertionError(real.client.journal().outbox().all().toString(), e);
            }
            robot.type(KeyCode.F3);
            waitUntilLong(() -> robot.lookup(".follow-up-list").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListView<String> list = robot.lookup(".follow-up-list").queryAs(javafx.scene.control.ListView.class);
            waitUntil(() -> list.getItems().size() == 1);
            assertTrue(list.getItems().get(0).startsWith(DemoPasses.SPENT_EPASS + "  ·  1 person"), list.getItems().get(0));
            assertTrue(list.getItems().get(0).contains("no visits left"), list.getItems().get(0));
            waitUntilLong(() -> session().orders().allRows().stream().anyMatch(r -> r.order().redemptionCodes()
                    .contains(DemoPasses.WALKIN_EPASS) && r.order().guests() == 1 && r.order().status() == OrderStatus.USED));
            real.client.outboxSync().syncOnce();
            assertEquals(1, real.proxy.redeemsForwarded(), "the admitted pass was redeemed once, the spent one never");
        }
    }

    private void admitOffline(FxRobot robot, int people, String reason) {
        if (robot.lookup(".offline-sheet").tryQuery().isEmpty()) {
            robot.clickOn("#admitOfflineButton");
        }
        waitUntil(() -> robot.lookup(".offline-sheet").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#peopleSpinner").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(people));
        typeInto(robot, "#reasonField", reason);
        typeInto(robot, "#supervisorField", ConsoleFixture.SUPERVISOR);
        typeInto(robot, "#pinField", ConsoleFixture.PIN);
        robot.clickOn("#confirmButton");
        try {
            waitUntil(() -> robot.lookup(".offline-sheet").tryQuery().isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError("the sheet stayed open: " + text(robot, ".offline-sheet #errorLabel"), e);
        }
    }

    /** Focuses the field, types into it at a person's pace, and waits until every key landed there. */
    private static void typeInto(FxRobot robot, String query, String text) {
        javafx.scene.control.TextField field = robot.lookup(query).queryAs(javafx.scene.control.TextField.class);
        robot.interact(field::requestFocus);
        try {
            waitUntil(() -> field.getScene().getFocusOwner() == field);
        } catch (AssertionError e) {
            throw new AssertionError("focus on " + field.getScene().getFocusOwner() + " not " + field + " in "
                    + field.getScene(), e);
        }
        for (char c : text.toCharArray()) {
            robot.write(c);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        try {
            waitUntil(() -> text.equals(field.getText()));
        } catch (AssertionError e) {
            throw new AssertionError(query + " holds '" + field.getText() + "' not '" + text + "'", e);
        }
    }

    /** Shows the same window on other services (a fresh console on the real client stack). */
    private void reopenOn(FxRobot robot, com.loungedesk.ui.shell.DeskServices services) {
        robot.interact(() -> {
            console = new com.loungedesk.ui.shell.DeskConsole(services);
            console.start(stage);
        });
    }

    private static OutboxEntry redeemEntry(RealBackend real) throws Exception {
        return real.client.journal().outbox().all().stream().filter(e -> e.action().equals("REDEEM")).findFirst()
                .orElseThrow();
    }

    private static void waitUntilLong(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 90 s", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
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
