package com.loungedesk.redemption;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What an outbox entry sends, stored as JSON. The supplier key is named by its fingerprint
 * ({@code keyId}), never stored.
 *
 * @param reference    the scanned reference (redeem / validate)
 * @param codes        redemption codes (redeem: one request; validate: exactly one)
 * @param guests       guests admitted with the redeem
 * @param orderId      the usage order (cancel)
 * @param reason       the cancel reason sent to the backend
 * @param operatorId   who the backend records as acting (the supervisor for a cancel)
 * @param keyId        fingerprint of the supplier key to send with
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OutboxPayload(String reference, List<String> codes, int guests, String orderId, String reason,
                     String operatorId, String keyId) {

    static final String REDEEM = "REDEEM";
    static final String VALIDATE = "VALIDATE";
    static final String CANCEL = "CANCEL";

    OutboxPayload {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}
