package com.loungedesk.orders;

/** How the console's connection to the order feed is doing. */
public enum FeedState {
    /** The last poll answered. */
    ONLINE,
    /** A poll failed; retrying with backoff. */
    RETRYING,
    /** Several polls in a row failed; actions are queued. */
    OFFLINE
}
