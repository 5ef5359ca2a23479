package com.loungedesk.api;

import java.time.Instant;
import java.util.List;

/**
 * One redeem (or validate) as the desk asks for it, the same on every send.
 *
 * @param reference       the scanned reference the codes were found under
 * @param codes           the redemption codes to redeem in one request
 * @param guests          guests admitted with them (only where the backend admits guests)
 * @param notes           a note for the backend's records, or empty
 * @param idempotencyKey  made once for the staff action, the same on every send
 * @param firstSentAt     when the desk first wrote the action down, just before its first send
 * @param mayHaveBeenSent true when an earlier send may have reached the backend (its answer was lost)
 */
public record RedeemRequest(String reference, List<String> codes, int guests, String notes, String idempotencyKey,
                            Instant firstSentAt, boolean mayHaveBeenSent) {
    public RedeemRequest {
        codes = List.copyOf(codes);
        notes = notes == null ? "" : notes;
    }
}
