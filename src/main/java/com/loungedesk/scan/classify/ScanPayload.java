package com.loungedesk.scan.classify;

/**
 * What a scanned or typed payload turned out to be. Every kind keeps the raw text and offers a
 * display form that is safe to put in a label or a log line.
 */
public sealed interface ScanPayload
        permits OctoReference, WrappedReference, DragonPassId, BoardingPass, MalformedBoardingPass, UnknownPayload {

    /** The payload exactly as read. */
    String raw();

    /** A one-line form safe to show (control characters escaped, bidi marks neutralised, truncated). */
    default String display() {
        return SafeText.display(raw());
    }
}
