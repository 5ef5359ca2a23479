package com.loungedesk.redemption;

/**
 * An offline admission the backend later refused (used elsewhere, unknown, expired...): someone must
 * follow it up with the guest or the provider.
 *
 * @param admission what was admitted
 * @param refusal   the backend's reason, as a sentence
 */
public record FollowUp(OfflineAdmission admission, String refusal) {
}
