package com.loungedesk.scan.decode;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * One frame as 8-bit luma (the Y plane ZXing's {@code PlanarYUVLuminanceSource} reads), read straight
 * from the image's raster: no per-frame {@code BufferedImageLuminanceSource} conversion.
 */
public final class LumaFrame {
    private final byte[] luma;
    private final int width;
    private final int height;

    public LumaFrame(byte[] luma, int width, int height) {
        if (width <= 0 || height <= 0 || luma.length < width * height) {
            throw new IllegalArgumentException("luma buffer " + luma.length + " too small for " + width + "x" + height);
        }
        this.luma = luma;
        this.width = width;
        this.height = height;
    }

    public static LumaFrame of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h];
        int type = image.getType();
        boolean plainRaster = image.getRaster().getParent() == null
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0;
        if (plainRaster && type == BufferedImage.TYPE_3BYTE_BGR) {
            byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int i = 0, p = 0; i < out.length; i++, p += 3) {
                out[i] = luma(bgr[p + 2] & 0xFF, bgr[p + 1] & 0xFF, bgr[p] & 0xFF);
            }
        } else if (plainRaster && type == BufferedImage.TYPE_BYTE_GRAY) {
            System.arraycopy(((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, out, 0, out.length);
        } else if (plainRaster && (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)) {
            int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            fromRgb(rgb, out, type == BufferedImage.TYPE_INT_ARGB);
        } else {
            int[] row = new int[w];
            byte[] line = new byte[w];
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                fromRgb(row, line, true);
                System.arraycopy(line, 0, out, y * w, w);
            }
        }
        return new LumaFrame(out, w, h);
    }

    /**
     * The image at half size (2x2 average) straight from a webcam's BGR bytes, in one pass: what the
     * fast QR pass needs, without converting the full frame first. Other image types go the long way.
     */
    public static LumaFrame halfOf(BufferedImage image) {
        boolean plainRaster = image.getRaster().getParent() == null
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0;
        if (!plainRaster || image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            return of(image).shrink(2);
        }
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int w = image.getWidth();
        int hw = w / 2;
        int hh = image.getHeight() / 2;
        byte[] out = new byte[hw * hh];
        int row = w * 3;
        for (int y = 0; y < hh; y++) {
            int p = 2 * y * row;
            for (int x = 0; x < hw; x++, p += 6) {
                int q = p + row;
                int b = (bgr[p] & 0xFF) + (bgr[p + 3] & 0xFF) + (bgr[q] & 0xFF) + (bgr[q + 3] & 0xFF);
                int g = (bgr[p + 1] & 0xFF) + (bgr[p + 4] & 0xFF) + (bgr[q + 1] & 0xFF) + (bgr[q + 4] & 0xFF);
                int r = (bgr[p + 2] & 0xFF) + (bgr[p + 5] & 0xFF) + (bgr[q + 2] & 0xFF) + (bgr[q + 5] & 0xFF);
                out[y * hw + x] = (byte) ((306 * r + 601 * g + 117 * b + 0x800) >> 12);
            }
        }
        return new LumaFrame(out, hw, hh);
    }

    private static void fromRgb(int[] rgb, byte[] out, boolean alpha) {
        for (int i = 0; i < out.length; i++) {
            int p = rgb[i];
            int r = (p >> 16) & 0xFF;
            int g = (p >> 8) & 0xFF;
            int b = p & 0xFF;
            if (alpha && (p >>> 24) == 0) {
                out[i] = (byte) 0xFF; // transparent counts as white, as in ZXing
            } else {
                out[i] = luma(r, g, b);
            }
        }
    }

    private static byte luma(int r, int g, int b) {
        return (byte) ((306 * r + 601 * g + 117 * b + 0x200) >> 10);
    }

    /** The same frame shrunk by a whole factor (box average) so its longer side is at most maxSide. */
    public LumaFrame scaledToFit(int maxSide) {
        int factor = 1;
        while (Math.max(width, height) / factor > maxSide) {
            factor++;
        }
        return factor == 1 ? this : shrink(factor);
    }

    /** Box-average shrink by a whole factor. */
    public LumaFrame shrink(int factor) {
        int w = width / factor;
        int h = height / factor;
        byte[] out = new byte[w * h];
        int area = factor * factor;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int dy = 0; dy < factor; dy++) {
                    int base = (y * factor + dy) * width + x * factor;
                    for (int dx = 0; dx < factor; dx++) {
                        sum += luma[base + dx] & 0xFF;
                    }
                }
                out[y * w + x] = (byte) (sum / area);
            }
        }
        return new LumaFrame(out, w, h);
    }

    public byte[] luma() {
        return luma;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
