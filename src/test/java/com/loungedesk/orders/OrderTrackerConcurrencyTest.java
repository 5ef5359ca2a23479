package com.loungedesk.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.api.OrderChanges;
import com.loungedesk.api.OrderDto;
import com.loungedesk.api.OrderStatusSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The poll, push and refresh paths publish the feed's health at once: however they interleave, no
 * listener is ever told an older health after a newer one (the last good poll and the last push news
 * never go back), and the health the tracker holds is the last one it told.
 */
class OrderTrackerConcurrencyTest {

    /** A clock that moves on by a millisecond at each reading, so every reading is newer than the last. */
    private static final class TickingClock extends Clock {
        private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.incrementAndGet());
        }
    }

    private static final OrderStatusSource IDLE = new OrderStatusSource() {
        @Override
        public OrderChanges changedSince(String apiKey, Instant since) {
            return new OrderChanges(List.of(), 1, null);
        }

        @Override
        public OrderDto order(String apiKey, String orderId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String describe() {
            return "an idle feed";
        }
    };

    @Test
    void healthsAreToldInTheOrderTheyWerePublishedWhateverThePathsInterleave() throws Exception {
        OrderTracker tracker = new OrderTracker(IDLE, List.of("k1", "k2"),
                new OrderTracker.Settings(Duration.ofSeconds(1), Duration.ofSeconds(2), 3, 1_000, null),
                new TickingClock(), () -> 0);
        List<FeedHealth> told = new CopyOnWriteArrayList<>();
        tracker.addListener(new OrderFeed.Listener() {
            @Override
            public void ordersChanged(List<OrderChange> changes) {
            }

            @Override
            public void healthChanged(FeedHealth health) {
                told.add(health);
            }
        });
        int rounds = 2_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> paths = new ArrayList<>();
        paths.add(new Thread(() -> await(go, () -> {
            for (int i = 0; i < rounds; i++) {
                tracker.pollOnce();
            }
        })));
        paths.add(new Thread(() -> await(go, () -> {
            for (int i = 0; i < rounds; i++) {
                tracker.acceptPushed(new UsageOrder("DP" + i, OrderCategory.WALK_IN, 1, OrderStatus.USED, "R",
                        List.of(), null, null, null, null, 1, 0, null, null, null, null, 0));
            }
        })));
        paths.add(new Thread(() -> await(go, () -> {
            for (int i = 0; i < rounds; i++) {
                tracker.refreshHealth();
            }
        })));
        paths.forEach(Thread::start);
        go.countDown();
        for (Thread t : paths) {
            t.join(TimeUnit.MINUTES.toMillis(5));
        }
        assertTrue(told.size() > 100, "the paths really published: " + told.size());
        for (int i = 1; i < told.size(); i++) {
            FeedHealth before = told.get(i - 1);
            FeedHealth after = told.get(i);
            assertTrue(notBefore(after.lastGoodPoll(), before.lastGoodPoll()),
                    "the last good poll went back at health " + i + ": " + before + " then " + after);
            assertTrue(notBefore(after.lastPushNews(), before.lastPushNews()),
                    "the last push news went back at health " + i + ": " + before + " then " + after);
        }
        assertEquals(told.get(told.size() - 1), tracker.health(), "the health held is the last one told");
    }

    private static boolean notBefore(Instant later, Instant earlier) {
        return earlier == null || (later != null && !later.isBefore(earlier));
    }

    private static void await(CountDownLatch go, Runnable work) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        work.run();
    }
}
