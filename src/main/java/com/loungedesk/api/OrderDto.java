package com.loungedesk.api;

import java.time.Instant;
import java.util.List;

/** A usage order as /orders sends it. Status and category stay numbers; callers map unknown codes. */
public record OrderDto(String orderId, int category, int module, int status, String bookingReference,
                       List<String> redemptionCodes, String dpId, String programId, String transportHubId,
                       String transportHubName, String resourceId, String resourceName, Passengers passengers,
                       Instant orderCreatedDate, String usageDate, Instant orderCancelledDate, Instant updatedAt,
                       long revision, Instant cancellableUntil, String cancelReason) {

    public OrderDto {
        redemptionCodes = redemptionCodes == null ? List.of() : List.copyOf(redemptionCodes);
        passengers = passengers == null ? new Passengers(1, 0) : passengers;
    }

    public record Passengers(int cardholder, int guests) {
    }

    /** True when the order carries what tracking needs (an id and a change time). */
    boolean complete() {
        return orderId != null && !orderId.isBlank() && updatedAt != null;
    }
}
