package com.loungedesk.api;

import java.time.Instant;

/**
 * Where the live status of orders comes from: a change feed, or a list the desk compares itself.
 * One implementation per backend type; the order tracker only sees this.
 */
public interface OrderStatusSource {

    /**
     * The orders that changed after {@code since} (null = every order there is), oldest change first.
     * A source without a change feed compares on its side and answers only what changed since its
     * last answer for that key.
     */
    OrderChanges changedSince(String apiKey, Instant since) throws ApiException;

    /** One order as it is now. */
    OrderDto order(String apiKey, String orderId) throws ApiException;

    /** What it asks the backend, for people: "the /orders change feed", "today's bookings"… */
    String describe();
}
