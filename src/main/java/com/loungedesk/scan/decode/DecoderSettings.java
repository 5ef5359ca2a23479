package com.loungedesk.scan.decode;

import com.google.zxing.BarcodeFormat;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the decoder looks for and how large a frame it works on.
 *
 * @param formats the symbologies to read (QR is tried first when present)
 * @param maxSide frames whose longer side is larger are shrunk to fit (a cap on work per frame)
 */
public record DecoderSettings(Set<BarcodeFormat> formats, int maxSide) {

    /** The formats passes and boarding passes use. */
    public static final Set<BarcodeFormat> PASS_FORMATS = Set.copyOf(EnumSet.of(BarcodeFormat.QR_CODE,
            BarcodeFormat.PDF_417, BarcodeFormat.AZTEC, BarcodeFormat.DATA_MATRIX, BarcodeFormat.CODE_128));

    /** Live frames per schedule cycle: every pass is tried once within this many frames. */
    public static final int CYCLE = 8;

    public DecoderSettings {
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("at least one barcode format is needed");
        }
        formats = Set.copyOf(formats);
        if (maxSide < 160) {
            throw new IllegalArgumentException("maxSide must be at least 160 pixels, was " + maxSide);
        }
    }

    public static DecoderSettings defaults() {
        return new DecoderSettings(PASS_FORMATS, 1280);
    }

    public DecoderSettings withFormats(Set<BarcodeFormat> newFormats) {
        return new DecoderSettings(newFormats, maxSide);
    }

    /**
     * The passes a live frame with this sequence number gets: QR_FAST on every frame; every other
     * frame also gets one heavier group, in turn: QR at full size; the other formats; half size,
     * inverted and code region; QR at full size with TRY_HARDER. So every pass runs within
     * {@link #CYCLE} frames and half of all frames cost only the fast pass.
     */
    public Set<DecodePass> passesForFrame(long frameNumber) {
        EnumSet<DecodePass> passes = EnumSet.of(DecodePass.QR_FAST);
        int position = (int) (frameNumber % CYCLE);
        switch (position) {
            case 1 -> passes.add(DecodePass.QR_FULL);
            case 3 -> passes.add(DecodePass.OTHER_FORMATS);
            case 5 -> passes.addAll(EnumSet.of(DecodePass.HALF_SIZE, DecodePass.INVERTED, DecodePass.CODE_REGION));
            case 7 -> passes.addAll(EnumSet.of(DecodePass.QR_FULL, DecodePass.TRY_HARDER, DecodePass.QR_CROWDED));
            default -> { }
        }
        return passes;
    }
}
