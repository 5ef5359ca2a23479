package com.loungedesk.scan.source;

import java.util.Objects;

/** A source's state with a short sentence for the desk staff. */
public record SourceStatus(SourceState state, String message) {
    public SourceStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
    }

    public static SourceStatus stopped() {
        return new SourceStatus(SourceState.STOPPED, "Stopped.");
    }
}
