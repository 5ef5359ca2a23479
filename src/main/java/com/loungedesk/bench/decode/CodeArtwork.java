package com.loungedesk.bench.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;

import java.util.Map;

/** Draws a code's modules into a flat card image (before the card is placed in a scene). */
final class CodeArtwork {
    private CodeArtwork() {
    }

    /** The code's smallest matrix with no quiet zone (1D codes: one row). */
    static BitMatrix matrix(BarcodeFormat format, String payload) {
        try {
            Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.MARGIN, 0);
            return new MultiFormatWriter().encode(payload, format, 0, 0, hints);
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot encode " + format + " payload of " + payload.length()
                    + " characters: " + e.getMessage(), e);
        }
    }

    static boolean isLinear(BarcodeFormat format) {
        return format == BarcodeFormat.CODE_128;
    }

    /** Code size in card pixels for a module size, 1D codes drawn with bars 0.35 of their width tall. */
    static int[] size(BitMatrix m, BarcodeFormat format, int module) {
        int w = m.getWidth() * module;
        int h = isLinear(format) ? Math.max(40, w * 35 / 100) : m.getHeight() * module;
        return new int[] {w, h};
    }

    /** Paints dark modules with {@code ink} into the card at (left, top). */
    static void paint(int[] card, int cardWidth, BitMatrix m, BarcodeFormat format, int module,
                      int left, int top, int ink) {
        int[] size = size(m, format, module);
        int rows = isLinear(format) ? 1 : m.getHeight();
        int rowHeight = isLinear(format) ? size[1] : module;
        for (int my = 0; my < rows; my++) {
            for (int mx = 0; mx < m.getWidth(); mx++) {
                if (!m.get(mx, my)) {
                    continue;
                }
                for (int y = 0; y < rowHeight; y++) {
                    int base = (top + my * rowHeight + y) * cardWidth + left + mx * module;
                    for (int x = 0; x < module; x++) {
                        card[base + x] = ink;
                    }
                }
            }
        }
    }
}
