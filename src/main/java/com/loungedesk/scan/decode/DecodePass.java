package com.loungedesk.scan.decode;

/** The decoding attempts a frame can get, cheapest first. */
public enum DecodePass {
    /** QR only, no TRY_HARDER, on the frame at half size (most codes held up to a camera are large). */
    QR_FAST,
    /** QR only on the frame at working size (small or distant codes). */
    QR_FULL,
    /** The other enabled formats at working size (binarization shared with QR_FULL). */
    OTHER_FORMATS,
    /** The other enabled formats at half size: helps blurred and very large codes. */
    HALF_SIZE,
    /** Every enabled format on the inverted half-size frame (light code on a dark screen). */
    INVERTED,
    /** Every enabled format on a crop centred on the busiest region (centre-seeking detectors: Aztec, DataMatrix). */
    CODE_REGION,
    /** Every enabled format with TRY_HARDER at working size, normal and inverted. */
    TRY_HARDER,
    /**
     * QR with every plausible triple of finder patterns (ZXing's multi-code QR reader, at half size): some
     * codes' own data draws a fourth finder-like square, and the usual detector then picks the wrong three;
     * a sharp 16-digit walk-in reference can be unreadable that way at any size above about 250 px.
     */
    QR_CROWDED
}
