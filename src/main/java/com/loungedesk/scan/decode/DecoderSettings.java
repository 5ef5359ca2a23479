package com.loungedesk.scan.decode;

import com.google.zxing.BarcodeFormat;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the decoder looks for and how hard it tries.
 *
 * @param formats          the symbologies to read (QR is tried first when present)
 * @param maxSide          frames whose longer side is larger are shrunk to fit (a cap on work per frame)
 * @param otherFormatsEvery live mode: try the other formats on every n-th frame
 * @param extraPassesEvery  live mode: half-size, inverted and centre-crop passes on every n-th frame
 * @param tryHarderEvery    live mode: TRY_HARDER on every n-th frame (0 = never)
 */
public record DecoderSettings(Set<BarcodeFormat> formats, int maxSide, int otherFormatsEvery,
                              int extraPassesEvery, int tryHarderEvery) {

    /** The formats passes and boarding passes use. */
    public static final Set<BarcodeFormat> PASS_FORMATS = Set.copyOf(EnumSet.of(BarcodeFormat.QR_CODE,
            BarcodeFormat.PDF_417, BarcodeFormat.AZTEC, BarcodeFormat.DATA_MATRIX, BarcodeFormat.CODE_128));

    public DecoderSettings {
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("at least one barcode format is needed");
        }
        formats = Set.copyOf(formats);
        if (maxSide < 160) {
            throw new IllegalArgumentException("maxSide must be at least 160 pixels, was " + maxSide);
        }
        if (otherFormatsEvery < 1 || extraPassesEvery < 1 || tryHarderEvery < 0) {
            throw new IllegalArgumentException("pass intervals must be at least 1 (tryHarderEvery may be 0)");
        }
    }

    public static DecoderSettings defaults() {
        return new DecoderSettings(PASS_FORMATS, 1280, 3, 3, 6);
    }

    public DecoderSettings withFormats(Set<BarcodeFormat> newFormats) {
        return new DecoderSettings(newFormats, maxSide, otherFormatsEvery, extraPassesEvery, tryHarderEvery);
    }

    /**
     * The passes a live frame with this sequence number gets: QR_FAST always; the rest spread over
     * the frames so no single frame pays for all of them (with the defaults, a cycle of six frames
     * tries every pass once).
     */
    public Set<DecodePass> passesForFrame(long frameNumber) {
        EnumSet<DecodePass> passes = EnumSet.of(DecodePass.QR_FAST);
        if (frameNumber % 2 == 1) {
            passes.add(DecodePass.QR_FULL);
        }
        if (frameNumber % otherFormatsEvery == otherFormatsEvery - 1) {
            passes.add(DecodePass.OTHER_FORMATS);
        }
        if (frameNumber % extraPassesEvery == extraPassesEvery - 2 || extraPassesEvery == 1) {
            passes.add(DecodePass.HALF_SIZE);
            passes.add(DecodePass.INVERTED);
            passes.add(DecodePass.CODE_REGION);
        }
        if (tryHarderEvery > 0 && frameNumber % tryHarderEvery == tryHarderEvery - 1) {
            passes.add(DecodePass.TRY_HARDER);
        }
        return passes;
    }
}
