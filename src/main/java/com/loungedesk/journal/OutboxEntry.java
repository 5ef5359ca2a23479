package com.loungedesk.journal;

import java.time.Instant;

/**
 * A redeem or cancel written before it is sent.
 *
 * @param idempotencyKey made once for the staff action; every send of this entry uses it
 * @param action         REDEEM, VALIDATE or CANCEL
 * @param payload        what to send (JSON; never a supplier key, only its fingerprint)
 * @param state          PENDING (not yet confirmed), DONE, REFUSED
 * @param attempts       sends tried so far
 * @param lastError      the last failure's sentence, or empty
 * @param result         the backend's answer summary (order id) or the refusal reason
 */
public record OutboxEntry(long id, String idempotencyKey, String action, String payload, String deskId,
                          String operatorId, Instant createdAt, State state, int attempts, String lastError,
                          String result) {

    public enum State { PENDING, DONE, REFUSED }
}
