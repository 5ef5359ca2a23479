package com.loungedesk.api;

/**
 * One backend as the desk uses it: each capability implemented for its type, and a sentence saying
 * what it is (shown on screen and logged at connect time).
 */
public record Backend(BackendType type, PassRedemption redemption, UsageUndo undo, OrderStatusSource orders,
                      PushRecovery pushes, String description) {
}
