package com.loungedesk.bench.decode;

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
        int[] mean = means(2 * radius + 1);
        for (int shift = 0; shift <= 16; shift += 8) {
            for (int i = 0; i < rgb.length; i++) {
                channel[i] = (rgb[i] >> shift) & 0xFF;
            }
            for (int pass = 0; pass < 2; pass++) {
                boxRows(channel, tmp, w, h, radius, mean);
                boxColumns(tmp, channel, w, h, radius, mean);
            }
            int mask = ~(0xFF << shift);
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = (rgb[i] & mask) | (channel[i] << shift);
            }
        }
    }

    /** {@code mean[sum] == sum / size} for every sum of {@code size} channel samples (a look-up beats dividing). */
    private static int[] means(int size) {
        int[] mean = new int[255 * size + 1];
        for (int sum = 0; sum < mean.length; sum++) {
            mean[sum] = sum / size;
        }
        return mean;
    }

    /** Box-averages each row along x (edges repeat the border sample). */
    private static void boxRows(int[] in, int[] out, int w, int h, int r, int[] mean) {
        for (int y = 0; y < h; y++) {
            int base = y * w;
            int sum = 0;
            for (int i = -r; i <= r; i++) {
                sum += in[base + Math.max(0, Math.min(w - 1, i))];
            }
            for (int x = 0; x < w; x++) {
                out[base + x] = mean[sum];
                sum += in[base + Math.min(w - 1, x + r + 1)] - in[base + Math.max(0, x - r)];
            }
        }
    }

    /**
     * Box-averages each column along y, walking the image row by row with a running sum per column
     * (walking down a column at a time missed the cache on every sample).
     */
    private static void boxColumns(int[] in, int[] out, int w, int h, int r, int[] mean) {
        int[] sums = new int[w];
        for (int i = -r; i <= r; i++) {
            int row = Math.max(0, Math.min(h - 1, i)) * w;
            for (int x = 0; x < w; x++) {
                sums[x] += in[row + x];
            }
        }
        for (int y = 0; y < h; y++) {
            int base = y * w;
            int add = Math.min(h - 1, y + r + 1) * w;
            int drop = Math.max(0, y - r) * w;
            for (int x = 0; x < w; x++) {
                out[base + x] = mean[sums[x]];
                sums[x] += in[add + x] - in[drop + x];
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
