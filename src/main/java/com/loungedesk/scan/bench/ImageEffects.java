package com.loungedesk.scan.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;

/** Camera-like degradations on a packed RGB frame: glare, washed-out contrast, blur, sensor noise. */
final class ImageEffects {
    private ImageEffects() {
    }

    static void glare(int[] rgb, int w, int h, double strength, double cx, double cy) {
        if (strength <= 0) {
            return;
        }
        double radius = Math.min(w, h) * 0.35;
        for (int y = Math.max(0, (int) (cy - radius)); y < Math.min(h, cy + radius); y++) {
            for (int x = Math.max(0, (int) (cx - radius)); x < Math.min(w, cx + radius); x++) {
                double d = Math.hypot(x - cx, y - cy) / radius;
                if (d < 1) {
                    double g = strength * (1 - d) * (1 - d);
                    rgb[y * w + x] = map(rgb[y * w + x], c -> c + (255 - c) * g);
                }
            }
        }
    }

    static void contrast(int[] rgb, double k) {
        if (k >= 1) {
            return;
        }
        int scale = (int) Math.round(k * 256);
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            int r = 128 + (((p >> 16 & 0xFF) - 128) * scale >> 8);
            int g = 128 + (((p >> 8 & 0xFF) - 128) * scale >> 8);
            int b = 128 + (((p & 0xFF) - 128) * scale >> 8);
            rgb[i] = pack(r, g, b);
        }
    }

    /** Two passes of a separable box blur of the given radius, per channel. */
    static void blur(int[] rgb, int w, int h, int radius) {
        if (radius <= 0) {
            return;
        }
        int[] channel = new int[rgb.length];
        int[] tmp = new int[rgb.length];
        for (int shift = 0; shift <= 16; shift += 8) {
            for (int i = 0; i < rgb.length; i++) {
                channel[i] = (rgb[i] >> shift) & 0xFF;
            }
            for (int pass = 0; pass < 2; pass++) {
                boxLines(channel, tmp, w, h, radius, 1, w);
                boxLines(tmp, channel, h, w, radius, w, 1);
            }
            int mask = ~(0xFF << shift);
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = (rgb[i] & mask) | (channel[i] << shift);
            }
        }
    }

    /** Box-averages each of {@code lines} lines of {@code length} samples (step within a line, stride between). */
    private static void boxLines(int[] in, int[] out, int length, int lines, int r, int step, int stride) {
        int size = 2 * r + 1;
        for (int line = 0; line < lines; line++) {
            int base = line * stride;
            int sum = 0;
            for (int i = -r; i <= r; i++) {
                sum += in[base + Math.max(0, Math.min(length - 1, i)) * step];
            }
            for (int i = 0; i < length; i++) {
                out[base + i * step] = sum / size;
                int add = Math.min(length - 1, i + r + 1);
                int drop = Math.max(0, i - r);
                sum += in[base + add * step] - in[base + drop * step];
            }
        }
    }

    static void noise(int[] rgb, double sigma, Random random) {
        if (sigma <= 0) {
            return;
        }
        for (int i = 0; i < rgb.length; i++) {
            int n = (int) Math.round(random.nextGaussian() * sigma);
            int p = rgb[i];
            rgb[i] = pack((p >> 16 & 0xFF) + n, (p >> 8 & 0xFF) + n, (p & 0xFF) + n);
        }
    }

    static BufferedImage toBgr(int[] rgb, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0, p = 0; i < rgb.length; i++, p += 3) {
            bgr[p] = (byte) rgb[i];
            bgr[p + 1] = (byte) (rgb[i] >> 8);
            bgr[p + 2] = (byte) (rgb[i] >> 16);
        }
        return image;
    }

    private static int pack(int r, int g, int b) {
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int clamp(int c) {
        return c < 0 ? 0 : Math.min(c, 255);
    }

    private interface ChannelMap {
        double apply(int channel);
    }

    private static int map(int pixel, ChannelMap f) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            long c = Math.round(f.apply((pixel >> shift) & 0xFF));
            out |= (int) Math.max(0, Math.min(255, c)) << shift;
        }
        return out;
    }
}
