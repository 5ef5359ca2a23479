package com.loungedesk.scan.decode;

import com.google.zxing.BarcodeFormat;

import java.time.Instant;
import java.util.Objects;

/**
 * A code read from a frame: its format, its text, and which decoding pass found it.
 *
 * @param format    the symbology (QR_CODE, PDF_417, AZTEC, DATA_MATRIX, CODE_128, ...)
 * @param text      the payload exactly as decoded (may hold control characters: classify before showing)
 * @param pass      the pass that found it (for figures and logs)
 * @param decodedAt when it was read
 */
public record DecodedCode(BarcodeFormat format, String text, DecodePass pass, Instant decodedAt) {
    public DecodedCode {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pass, "pass");
        Objects.requireNonNull(decodedAt, "decodedAt");
    }
}
