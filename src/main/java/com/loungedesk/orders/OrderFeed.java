package com.loungedesk.orders;

import java.util.List;

/**
 * Live usage orders, whatever brings the news (polls, the desk's own actions, pushes).
 * Listeners are called on a background thread; the UI hops to the FX thread itself.
 */
public interface OrderFeed {

    interface Listener {
        void ordersChanged(List<OrderChange> changes);

        void healthChanged(FeedHealth health);
    }

    void addListener(Listener listener);

    void removeListener(Listener listener);

    /** Every tracked order, newest change last. */
    List<UsageOrder> snapshot();

    FeedHealth health();
}
