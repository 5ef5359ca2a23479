package com.loungedesk.scan.classify;

import java.util.Objects;

/** A payload that starts like a BCBP but breaks its rules: reported with the reason, never guessed. */
public record MalformedBoardingPass(String raw, String reason) implements ScanPayload {
    public MalformedBoardingPass {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(reason, "reason");
    }
}
