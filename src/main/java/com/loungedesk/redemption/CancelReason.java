package com.loungedesk.redemption;

/** Why a supervisor cancels a walk-in usage. OTHER needs a free-text note. */
public enum CancelReason {
    GUEST_DISSATISFIED, WRONG_GUEST, DUPLICATE_SCAN, OTHER
}
