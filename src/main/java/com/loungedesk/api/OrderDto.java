package com.loungedesk.api;

import java.time.Instant;
import java.util.List;

/**
 * A usage order as /orders sends it. Status and category stay numbers; callers map unknown codes.
 * A backend whose orders are bookings (a plain OCTO supplier) is mapped into the same shape, with
 * {@code statusName} the booking's own status word when it has no number here (NOSHOW, EXPIRED…).
 */
public record OrderDto(String orderId, int category, int module, int status, String bookingReference,
                       List<String> redemptionCodes, String dpId, String programId, String transportHubId,
                       String transportHubName, String resourceId, String resourceName, Passengers passengers,
                       Instant orderCreatedDate, String usageDate, Instant orderCancelledDate, Instant updatedAt,
                       long revision, Instant cancellableUntil, String cancelReason, String statusName) {

    /** Category code of an order that is a supplier's booking (OCTO): its status may move either way. */
    public static final int BOOKING = 9;

    public OrderDto {
        redemptionCodes = redemptionCodes == null ? List.of() : List.copyOf(redemptionCodes);
        passengers = passengers == null ? new Passengers(1, 0) : passengers;
    }

    public record Passengers(int cardholder, int guests) {
    }

    /** True when the order carries what tracking needs (an id and a change time). */
    public boolean complete() {
        return orderId != null && !orderId.isBlank() && updatedAt != null;
    }
}
