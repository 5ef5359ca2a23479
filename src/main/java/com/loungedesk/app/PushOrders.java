package com.loungedesk.app;

import com.loungedesk.orders.OrderCategory;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.UsageOrder;
import com.loungedesk.push.PushEvent;
import java.util.List;

/** A push event as order news for the tracker: no revision (0), so it is merged by the lifecycle rules. */
public final class PushOrders {
    private PushOrders() {
    }

    public static UsageOrder toUsageOrder(PushEvent e) {
        return new UsageOrder(e.orderId(), OrderCategory.ofCode(e.category()), e.module(), OrderStatus.ofCode(e.status()),
                null, List.of(), e.dpId(), e.programId(), e.transportHubName(), e.resourceName(),
                Math.max(0, e.cardholders()), Math.max(0, e.guests()), e.orderCreatedDate(), e.usageDate(),
                e.orderCancelledDate(), e.changedAt(), 0);
    }
}
