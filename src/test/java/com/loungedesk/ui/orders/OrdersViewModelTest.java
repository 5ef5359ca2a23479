package com.loungedesk.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.orders.FeedState;
import com.loungedesk.orders.OrderCategory;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.testkit.FakeFeed;
import com.loungedesk.ui.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OrdersViewModelTest {

    private final FakeFeed feed = new FakeFeed();
    private final Instant t0 = Instant.parse("2026-11-23T09:00:00Z");
    private final MutableClock clock =
            new MutableClock(t0);
    /** A runner whose UI hops wait until the test runs them: like Platform.runLater. */
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final TaskRunner deferredUi = new TaskRunner() {
        @Override
        public <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            TaskRunner.direct().run(what, work, done, failed);
        }

        @Override
        public void onUi(Runnable action) {
            uiQueue.add(action);
        }
    };

    private OrdersViewModel started() {
        feed.seed(FakeFeed.order("o1", OrderCategory.WALK_IN, OrderStatus.USED, "EPASS-3", 1, t0.minusSeconds(30)));
        feed.seed(FakeFeed.order("o2", OrderCategory.PREBOOKING, OrderStatus.PENDING, "PB-1", 1, t0.minusSeconds(10)));
        OrdersViewModel vm = new OrdersViewModel(feed, deferredUi, clock, Texts.english());
        vm.start();
        return vm;
    }

    @Test
    void loadsSnapshotAndSaysHowLongAgo() {
        OrdersViewModel vm = started();
        assertEquals(2, vm.visibleRows().size());
        OrderRow o1 = vm.allRows().stream().filter(r -> r.order().orderId().equals("o1")).findFirst().orElseThrow();
        assertEquals("updated 30 s ago", o1.agoProperty().get());
        assertTrue(o1.cancellable());
        clock.advance(Duration.ofMinutes(3));
        vm.tick();
        assertEquals("updated 3 min ago", o1.agoProperty().get());
        assertEquals("Online", vm.connectionProperty().get());
    }

    @Test
    void changesFromAnotherThreadArriveInOneBatchAndHighlightTheRow() throws Exception {
        OrdersViewModel vm = started();
        Thread other = new Thread(() -> {
            feed.change(FakeFeed.order("o2", OrderCategory.PREBOOKING, OrderStatus.CONFIRMED, "PB-1", 2, t0));
            feed.change(FakeFeed.order("o3", OrderCategory.WALK_IN, OrderStatus.USED, "VALID-1", 1, t0));
        });
        other.start();
        other.join();
        assertEquals(1, uiQueue.size(), "two changes, one hop to the UI thread");
        assertEquals(OrderStatus.PENDING, row(vm, "o2").order().status(), "nothing changes before the hop runs");
        uiQueue.remove(0).run();
        assertEquals(3, vm.allRows().size());
        assertEquals(OrderStatus.CONFIRMED, row(vm, "o2").order().status());
        assertTrue(row(vm, "o2").highlightedProperty().get());
        assertFalse(row(vm, "o3").highlightedProperty().get(), "new rows are not status changes");
        clock.advance(OrdersViewModel.HIGHLIGHT);
        vm.tick();
        assertFalse(row(vm, "o2").highlightedProperty().get());
    }

    @Test
    void olderRevisionNeverOverwritesNewer() {
        OrdersViewModel vm = started();
        feed.change(FakeFeed.order("o2", OrderCategory.PREBOOKING, OrderStatus.CONFIRMED, "PB-1", 3, t0));
        feed.change(FakeFeed.order("o2", OrderCategory.PREBOOKING, OrderStatus.PENDING, "PB-1", 2, t0));
        uiQueue.remove(0).run();
        assertEquals(OrderStatus.CONFIRMED, row(vm, "o2").order().status());
    }

    @Test
    void filterAndSearch() {
        OrdersViewModel vm = started();
        vm.statusFilterProperty().set(OrderStatus.PENDING);
        assertEquals(List.of("o2"), ids(vm));
        vm.statusFilterProperty().set(null);
        vm.searchProperty().set("epass");
        assertEquals(List.of("o1"), ids(vm));
        vm.searchProperty().set("nothing-like-this");
        assertTrue(vm.visibleRows().isEmpty());
    }

    @Test
    void connectionShowsStateAndQueuedActions() {
        OrdersViewModel vm = started();
        feed.health(FeedState.OFFLINE, 2);
        uiQueue.remove(0).run();
        assertEquals("Offline · 2 queued", vm.connectionProperty().get());
        feed.health(FeedState.ONLINE, 0);
        uiQueue.remove(0).run();
        assertEquals("Online", vm.connectionProperty().get());
        vm.stop();
        assertEquals(0, feed.listenerCount());
    }

    @Test
    void newsIsPacedSoAFloodMeetsTheTableAtMostFourTimesASecond() {
        List<Duration> delays = new ArrayList<>();
        List<Runnable> waiting = new ArrayList<>();
        feed.seed(FakeFeed.order("o1", OrderCategory.WALK_IN, OrderStatus.USED, "EPASS-3", 1, t0.minusSeconds(30)));
        OrdersViewModel vm = new OrdersViewModel(feed, deferredUi, clock, Texts.english(), OrdersViewModel.PACE,
                (delay, action) -> {
                    delays.add(delay);
                    waiting.add(action);
                });
        vm.start();
        feed.change(FakeFeed.order("o2", OrderCategory.WALK_IN, OrderStatus.USED, "VALID-1", 1, t0));
        assertEquals(1, uiQueue.size(), "the first news goes straight to the UI thread");
        uiQueue.remove(0).run();
        assertEquals(2, vm.allRows().size());
        assertEquals("updated 0 s ago", row(vm, "o2").agoProperty().get(), "a new row says its age at once");

        clock.advance(Duration.ofMillis(100));
        feed.change(FakeFeed.order("o3", OrderCategory.WALK_IN, OrderStatus.USED, "VALID-2", 1, t0));
        feed.change(FakeFeed.order("o4", OrderCategory.WALK_IN, OrderStatus.USED, "VALID-3", 1, t0));
        assertTrue(uiQueue.isEmpty(), "news within the pace waits");
        assertEquals(List.of(Duration.ofMillis(150)), delays, "it waits for the rest of the pace, once");
        waiting.remove(0).run();
        assertEquals(1, uiQueue.size(), "then one hop takes both");
        uiQueue.remove(0).run();
        assertEquals(4, vm.allRows().size());

        clock.advance(OrdersViewModel.PACE);
        feed.change(FakeFeed.order("o5", OrderCategory.WALK_IN, OrderStatus.USED, "VALID-4", 1, t0));
        assertEquals(1, uiQueue.size(), "after a quiet pace, news goes straight through again");
        assertEquals(1, delays.size());
    }

    private static OrderRow row(OrdersViewModel vm, String id) {
        return vm.allRows().stream().filter(r -> r.order().orderId().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(OrdersViewModel vm) {
        return vm.visibleRows().stream().map(r -> r.order().orderId()).toList();
    }
}
