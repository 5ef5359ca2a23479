package com.loungedesk.api;

/** The kinds of backend the desk can talk to, each with its own implementation of every capability. */
public enum BackendType {
    /** The LoungeDesk contract: OCTO redemption with our extras, the /orders feed and pushes. */
    LOUNGEDESK("loungedesk"),
    /** A plain OCTO supplier (Ventrata at /octo, Bokun at /octo/v1, ...): redemption and bookings only. */
    OCTO("octo");

    private final String id;

    BackendType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
