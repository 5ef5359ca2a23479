package com.loungedesk.ui.testkit;

import com.loungedesk.orders.FeedHealth;
import com.loungedesk.orders.FeedState;
import com.loungedesk.orders.OrderCategory;
import com.loungedesk.orders.OrderChange;
import com.loungedesk.orders.OrderFeed;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.UsageOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-test OrderFeed: the test pushes changes and health (from any thread) and they go to listeners. */
public final class FakeFeed implements OrderFeed {

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<UsageOrder> orders = new CopyOnWriteArrayList<>();
    private volatile FeedHealth health = new FeedHealth(FeedState.ONLINE, Instant.now(), null, 0, "");

    public static UsageOrder order(String id, OrderCategory category, OrderStatus status, String reference,
                                   long revision, Instant updated) {
        return new UsageOrder(id, category, 1, status, reference, List.of(reference), "DP" + id, "PRG-1", "PEK T3",
                "Skyline Lounge", 1, 0, updated, "2026-11-23", status == OrderStatus.CANCELLED ? updated : null,
                updated, revision);
    }

    public void seed(UsageOrder o) {
        orders.add(o);
    }

    /** Publishes a change as a tracker would (call it from any thread). */
    public void change(UsageOrder next) {
        UsageOrder previous = orders.stream().filter(o -> o.orderId().equals(next.orderId())).findFirst().orElse(null);
        if (previous != null) {
            orders.remove(previous);
        }
        orders.add(next);
        List<OrderChange> changes = new ArrayList<>(List.of(new OrderChange(previous, next, Instant.now())));
        listeners.forEach(l -> l.ordersChanged(changes));
    }

    public void health(FeedState state, int queued) {
        health = new FeedHealth(state, Instant.now(), null, queued, "");
        listeners.forEach(l -> l.healthChanged(health));
    }

    public int listenerCount() {
        return listeners.size();
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    @Override
    public List<UsageOrder> snapshot() {
        return List.copyOf(orders);
    }

    @Override
    public FeedHealth health() {
        return health;
    }
}
