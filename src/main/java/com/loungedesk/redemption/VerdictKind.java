package com.loungedesk.redemption;

/** What a scan or a redeem ended in; each kind has its own colour, icon, word and sound in the console. */
public enum VerdictKind {
    /** Redeemed now: let the guest in. */
    VALID,
    /** The booking or pass was already used (or has no entitlements left). */
    ALREADY_USED,
    /** No supplier this desk serves knows the code. */
    UNKNOWN_PASS,
    /** Known, but cannot be redeemed (expired, cancelled, pending, too many guests...). */
    NOT_REDEEMABLE,
    /** The backend could not be reached; the action is in the outbox and will be sent. */
    QUEUED,
    /** The pass could not be checked: the backend cannot be reached (a supervisor may admit offline). */
    OFFLINE,
    /** Anything else that went wrong; the message says what. */
    ERROR
}
