package com.loungedesk.api;

/** The answer of POST /octo/redemption/validate. */
public record ValidateResult(boolean valid, String reason, LookupItem booking) {
}
