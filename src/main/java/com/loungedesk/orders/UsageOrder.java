package com.loungedesk.orders;

import java.time.Instant;
import java.util.List;

/**
 * A usage order as the console tracks it (one redemption of a pass, a prebooking, or a supplier's
 * booking). Immutable; the tracker replaces it when newer news arrives. {@code statusName} is the
 * backend's own word for a status the lifecycle does not know (NOSHOW…), else empty.
 */
public record UsageOrder(String orderId, OrderCategory category, int module, OrderStatus status,
                         String bookingReference, List<String> redemptionCodes, String dpId, String programId,
                         String transportHubName, String resourceName, int cardholders, int guests,
                         Instant orderCreatedDate, String usageDate, Instant orderCancelledDate,
                         Instant updatedAt, long revision, String statusName) {
    public UsageOrder {
        redemptionCodes = redemptionCodes == null ? List.of() : List.copyOf(redemptionCodes);
        statusName = statusName == null ? "" : statusName;
    }

    public UsageOrder(String orderId, OrderCategory category, int module, OrderStatus status, String bookingReference,
                      List<String> redemptionCodes, String dpId, String programId, String transportHubName,
                      String resourceName, int cardholders, int guests, Instant orderCreatedDate, String usageDate,
                      Instant orderCancelledDate, Instant updatedAt, long revision) {
        this(orderId, category, module, status, bookingReference, redemptionCodes, dpId, programId, transportHubName,
                resourceName, cardholders, guests, orderCreatedDate, usageDate, orderCancelledDate, updatedAt, revision,
                "");
    }

    /** The status as people read it: the lifecycle's name, or the backend's own word for one it does not know. */
    public String statusLabel() {
        return status == OrderStatus.UNKNOWN && !statusName.isEmpty() ? statusName : status.name();
    }

    /** Whether a supervisor may undo this usage now (the window aside). */
    public boolean undoable() {
        return category.undoable(status);
    }
}
