package com.loungedesk.orders;

import java.time.Instant;

/**
 * What the status bar shows about live order news.
 *
 * @param state          online / retrying / offline
 * @param lastGoodPoll   when the backend last answered a poll, or null if never
 * @param lastPushNews   when a push last brought news, or null (pushes off or none yet)
 * @param queuedActions  redeems / cancels waiting in the outbox
 * @param message        a short sentence for people (e.g. the last error), may be empty
 * @param polls          what the desk polls and how often ("the /orders change feed every 2 s"), may be empty
 */
public record FeedHealth(FeedState state, Instant lastGoodPoll, Instant lastPushNews, int queuedActions,
                         String message, String polls) {

    public FeedHealth {
        polls = polls == null ? "" : polls;
    }

    public FeedHealth(FeedState state, Instant lastGoodPoll, Instant lastPushNews, int queuedActions, String message) {
        this(state, lastGoodPoll, lastPushNews, queuedActions, message, "");
    }
}
