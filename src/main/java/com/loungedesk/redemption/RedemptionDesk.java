package com.loungedesk.redemption;

import java.util.List;

/**
 * The desk's use cases: look a code up, redeem the chosen bookings, cancel a walk-in usage.
 * Plain Java and blocking: callers (view models) run these on a background executor.
 * Every method answers with a value a person can read; none throws for backend trouble.
 */
public interface RedemptionDesk {

    /**
     * Journals the scan, routes the reference to its supplier key, then looks up the bookings behind it.
     *
     * @param source where the reference came from ("camera", "wedge", "typed", "image")
     */
    LookupOutcome lookup(DeskContext who, String reference, String source);

    /**
     * Redeems the chosen bookings of a lookup in one request, with the given number of guests.
     * The action is journaled before it is sent; if the backend cannot be reached it is QUEUED.
     */
    Verdict redeem(DeskContext who, LookupOutcome lookup, List<String> redemptionCodes, int guests);

    /** Cancels a walk-in usage order (supervisor action); refunds the entitlement. */
    Verdict cancelUsage(DeskContext who, String orderId, CancelReason reason, String note, String supervisorId);

    /** Whether validate mode means something on this backend (its type defines a validate answer). */
    default boolean validateOffered() {
        return true;
    }
}
