package com.loungedesk.journal;

/** What {@code journal verify} found: intact, or the first entry that was edited or is missing. */
public record VerifyResult(boolean intact, long entries, long firstBadId, String message) {
}
