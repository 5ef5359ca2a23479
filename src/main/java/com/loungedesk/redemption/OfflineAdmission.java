package com.loungedesk.redemption;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A guest let in while the backend could not be reached, on a supervisor's word: stored as the payload of
 * an {@code OFFLINE_ADMISSION} outbox entry and sent, when the backend answers again, as a lookup followed
 * by a redeem of that many people.
 *
 * @param reference    the pass reference as scanned
 * @param people       how many people were let in (the holder included)
 * @param reason       why the supervisor admitted them unchecked
 * @param supervisorId the supervisor whose PIN allowed it
 * @param operatorId   the operator at the desk
 * @param admittedAt   when they were let in
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OfflineAdmission(String reference, int people, String reason, String supervisorId, String operatorId,
                               Instant admittedAt) {
}
