package com.loungedesk.scan.decode;

/**
 * Straightens a crop: estimates the dominant edge angle (four-fold, so it works for bars and for
 * square modules alike, in -45..45 degrees) and rotates the crop back by it. ZXing's PDF417, Aztec
 * and 1D readers give up on codes turned by a few degrees; after this they read them.
 */
final class Deskew {
    private Deskew() {
    }

    /** The dominant edge angle of the region, in radians (-pi/4..pi/4). */
    static double angle(byte[] luma, int stride, int left, int top, int width, int height) {
        double sumCos = 0;
        double sumSin = 0;
        for (int y = top + 1; y < top + height - 1; y += 2) {
            for (int x = left + 1; x < left + width - 1; x += 2) {
                int i = y * stride + x;
                int gx = (luma[i + 1] & 0xFF) - (luma[i - 1] & 0xFF);
                int gy = (luma[i + stride] & 0xFF) - (luma[i - stride] & 0xFF);
                double m2 = (double) gx * gx + (double) gy * gy;
                if (m2 < 400) {
                    continue;
                }
                double c = (double) gx * gx - (double) gy * gy;
                double s = 2.0 * gx * gy;
                sumCos += (c * c - s * s) / m2;
                sumSin += 2 * c * s / m2;
            }
        }
        return sumCos == 0 && sumSin == 0 ? 0 : Math.atan2(sumSin, sumCos) / 4;
    }

    /** The region rotated by {@code -angle} about its centre, bilinear, white outside the source. */
    static LumaFrame rotate(byte[] luma, int stride, int rows, int left, int top, int width, int height, double angle) {
        byte[] out = new byte[width * height];
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double cx = left + width / 2.0;
        double cy = top + height / 2.0;
        for (int y = 0; y < height; y++) {
            double dy = y - height / 2.0;
            for (int x = 0; x < width; x++) {
                double dx = x - width / 2.0;
                double sx = cx + dx * cos - dy * sin;
                double sy = cy + dx * sin + dy * cos;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= stride || y0 + 1 >= rows) {
                    out[y * width + x] = (byte) 0xFF;
                    continue;
                }
                double fx = sx - x0;
                double fy = sy - y0;
                int i = y0 * stride + x0;
                double v = (luma[i] & 0xFF) * (1 - fx) * (1 - fy) + (luma[i + 1] & 0xFF) * fx * (1 - fy)
                        + (luma[i + stride] & 0xFF) * (1 - fx) * fy + (luma[i + stride + 1] & 0xFF) * fx * fy;
                out[y * width + x] = (byte) (int) v;
            }
        }
        return new LumaFrame(out, width, height);
    }
}
