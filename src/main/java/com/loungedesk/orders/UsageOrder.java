package com.loungedesk.orders;

import java.time.Instant;
import java.util.List;

/**
 * A usage order as the console tracks it (one redemption of a pass, or a prebooking).
 * Immutable; the tracker replaces it when newer news arrives.
 */
public record UsageOrder(String orderId, OrderCategory category, int module, OrderStatus status,
                         String bookingReference, List<String> redemptionCodes, String dpId, String programId,
                         String transportHubName, String resourceName, int cardholders, int guests,
                         Instant orderCreatedDate, String usageDate, Instant orderCancelledDate,
                         Instant updatedAt, long revision) {
    public UsageOrder {
        redemptionCodes = redemptionCodes == null ? List.of() : List.copyOf(redemptionCodes);
    }
}
