package com.loungedesk.bench.decode;

/** Places a flat card into a frame through a perspective transform (a homography), bilinear sampling. */
final class Perspective {
    private Perspective() {
    }

    /** Corners TL, TR, BR, BL (x, y pairs) of a w x h card centred at (cx, cy), tilted and rotated. */
    static double[] quad(double w, double h, double cx, double cy, double angleDeg, double tiltX, double tiltY) {
        double[] q = {-w / 2, -h / 2, w / 2, -h / 2, w / 2, h / 2, -w / 2, h / 2};
        for (int i = 0; i < 4; i++) {
            boolean left = i == 0 || i == 3;
            boolean topEdge = i < 2;
            if (tiltX > 0 && left || tiltX < 0 && !left) {
                q[2 * i + 1] *= 1 - Math.abs(tiltX);
            }
            if (tiltY > 0 && topEdge || tiltY < 0 && !topEdge) {
                q[2 * i] *= 1 - Math.abs(tiltY);
            }
        }
        double a = Math.toRadians(angleDeg);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        for (int i = 0; i < 4; i++) {
            double x = q[2 * i];
            double y = q[2 * i + 1];
            q[2 * i] = cx + x * cos - y * sin;
            q[2 * i + 1] = cy + x * sin + y * cos;
        }
        return q;
    }

    static void warp(int[] card, int cw, int ch, int[] frame, int fw, int fh, double[] quad) {
        double[] src = {0, 0, cw, 0, cw, ch, 0, ch};
        double[] h = homography(quad, src);
        int minX = (int) Math.max(0, Math.floor(Math.min(Math.min(quad[0], quad[2]), Math.min(quad[4], quad[6]))));
        int maxX = (int) Math.min(fw - 1, Math.ceil(Math.max(Math.max(quad[0], quad[2]), Math.max(quad[4], quad[6]))));
        int minY = (int) Math.max(0, Math.floor(Math.min(Math.min(quad[1], quad[3]), Math.min(quad[5], quad[7]))));
        int maxY = (int) Math.min(fh - 1, Math.ceil(Math.max(Math.max(quad[1], quad[3]), Math.max(quad[5], quad[7]))));
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                double d = h[6] * px + h[7] * py + 1;
                double u = (h[0] * px + h[1] * py + h[2]) / d - 0.5;
                double v = (h[3] * px + h[4] * py + h[5]) / d - 0.5;
                if (u >= 0 && v >= 0 && u < cw - 1 && v < ch - 1) {
                    frame[y * fw + x] = bilinear(card, cw, u, v);
                }
            }
        }
    }

    private static int bilinear(int[] img, int w, double u, double v) {
        int x = (int) u;
        int y = (int) v;
        double fx = u - x;
        double fy = v - y;
        int p00 = img[y * w + x];
        int p10 = img[y * w + x + 1];
        int p01 = img[(y + 1) * w + x];
        int p11 = img[(y + 1) * w + x + 1];
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double c = ((p00 >> shift) & 0xFF) * (1 - fx) * (1 - fy) + ((p10 >> shift) & 0xFF) * fx * (1 - fy)
                    + ((p01 >> shift) & 0xFF) * (1 - fx) * fy + ((p11 >> shift) & 0xFF) * fx * fy;
            out |= ((int) Math.round(c) & 0xFF) << shift;
        }
        return out;
    }

    /** The 8 coefficients of the homography taking the {@code from} corners to the {@code to} corners. */
    static double[] homography(double[] from, double[] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[2 * i];
            double y = from[2 * i + 1];
            double u = to[2 * i];
            double v = to[2 * i + 1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -x * u, -y * u, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -x * v, -y * v, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c < 9; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        return h;
    }
}
