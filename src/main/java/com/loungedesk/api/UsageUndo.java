package com.loungedesk.api;

import java.time.Instant;

/**
 * The backend capability to undo a usage (a supervisor's cancel of a walk-in, an un-redeem): the
 * entitlement or booking comes back. One implementation per backend type.
 */
public interface UsageUndo {

    /**
     * Undoes the usage named by {@code request.orderId()}, once however often it is sent; answers the
     * order as it now is.
     */
    OrderDto undo(String apiKey, Request request) throws ApiException;

    /**
     * One undo as the desk asks for it, the same on every send.
     *
     * @param orderId         the id the desk showed: a usage order, or a booking uuid or redemption code
     * @param reason          why (sent to the backend where it takes one)
     * @param operatorId      the supervisor, recorded by the backend where it takes one
     * @param idempotencyKey  made once for the staff action
     * @param firstSentAt     when the desk first wrote the action down
     * @param mayHaveBeenSent true when an earlier send may have reached the backend
     */
    record Request(String orderId, String reason, String operatorId, String idempotencyKey, Instant firstSentAt,
                   boolean mayHaveBeenSent) {
    }
}
