package com.loungedesk.scan.classify;

import java.util.Objects;

/** An OCTO pass reference or barcode value, to look up with {@code /octo/redemption/lookup?reference=}. */
public record OctoReference(String reference) implements ScanPayload {
    public OctoReference {
        Objects.requireNonNull(reference, "reference");
    }

    @Override
    public String raw() {
        return reference;
    }
}
