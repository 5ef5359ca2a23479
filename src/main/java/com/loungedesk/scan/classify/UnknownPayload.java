package com.loungedesk.scan.classify;

import java.util.Objects;

/** Anything else: kept as read, shown only through {@link #display()}. */
public record UnknownPayload(String raw) implements ScanPayload {
    public UnknownPayload {
        Objects.requireNonNull(raw, "raw");
    }
}
