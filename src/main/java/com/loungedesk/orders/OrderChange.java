package com.loungedesk.orders;

/**
 * One order that was added or changed.
 *
 * @param previous the order as it was, or null when it is new to the console
 * @param current  the order as it now is
 * @param seenAt   when the console learned of it (for "updated 3 s ago")
 */
public record OrderChange(UsageOrder previous, UsageOrder current, java.time.Instant seenAt) {
    public boolean statusChanged() {
        return previous != null && previous.status() != current.status();
    }
}
