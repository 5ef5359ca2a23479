package com.loungedesk.orders;

import java.time.Duration;
import java.time.Instant;

/**
 * An order as the tracker holds it, with how fresh the desk's knowledge of it is.
 *
 * @param order     the order
 * @param source    what last changed it
 * @param seenAt    when the desk last learned something new about it
 * @param confirmed when the desk last knew it to be current (its change, or a later good poll)
 * @param staleness how long ago that was
 */
public record TrackedOrder(UsageOrder order, NewsSource source, Instant seenAt, Instant confirmed,
                           Duration staleness) {
}
