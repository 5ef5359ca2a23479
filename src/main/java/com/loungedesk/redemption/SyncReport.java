package com.loungedesk.redemption;

/** What one outbox sync did: confirmed, refused, still waiting. {@code message} is the last problem, if any. */
public record SyncReport(int sent, int refused, int kept, String message) {
    public boolean allSent() {
        return kept == 0;
    }
}
