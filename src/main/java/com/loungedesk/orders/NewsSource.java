package com.loungedesk.orders;

/** What brought news about an order. */
public enum NewsSource {
    /** A poll of /orders. */
    POLL,
    /** The desk's own redeem or cancel. */
    DESK,
    /** A push event from the provider. */
    PUSH
}
