package com.loungedesk.scan.classify;

import java.util.Objects;

/** A URL (a pass link) that carries a pass reference in its query or its path. */
public record WrappedReference(String reference, String url) implements ScanPayload {
    public WrappedReference {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String raw() {
        return url;
    }
}
