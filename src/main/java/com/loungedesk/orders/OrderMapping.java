package com.loungedesk.orders;

import com.loungedesk.api.OrderDto;

/** Turns the wire's order into the desk's {@link UsageOrder}; unknown codes become UNKNOWN. */
public final class OrderMapping {
    private OrderMapping() {
    }

    public static UsageOrder toUsageOrder(OrderDto o) {
        return new UsageOrder(o.orderId(), OrderCategory.ofCode(o.category()), o.module(),
                OrderStatus.ofCode(o.status()), o.bookingReference(), o.redemptionCodes(), o.dpId(), o.programId(),
                o.transportHubName(), o.resourceName(), o.passengers().cardholder(), o.passengers().guests(),
                o.orderCreatedDate(), o.usageDate(), o.orderCancelledDate(), o.updatedAt(), o.revision(),
                o.statusName());
    }
}
