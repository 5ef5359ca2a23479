package com.loungedesk.scan.decode;

/** The decoding attempts a frame can get, cheapest first. */
public enum DecodePass {
    /** QR only, no TRY_HARDER, on the frame capped to the working size. */
    QR_FAST,
    /** The other enabled formats on the same binarized frame (binarization is reused). */
    OTHER_FORMATS,
    /** Every enabled format on the frame at half size: helps blurred and very large codes. */
    HALF_SIZE,
    /** Every enabled format on the inverted frame (light code on a dark screen). */
    INVERTED,
    /** Full resolution centre crop of a frame larger than the working size (small codes far away). */
    CENTRE_CROP,
    /** Every enabled format with TRY_HARDER, normal and inverted. */
    TRY_HARDER
}
