package com.loungedesk.scan.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;

/** Camera-sized frames holding one code, for decoder tests. */
final class TestFrames {
    private TestFrames() {
    }

    static BufferedImage code(BarcodeFormat format, String text, int width, int height) {
        try {
            BitMatrix m = new MultiFormatWriter().encode(text, format, width, height, Map.of(EncodeHintType.MARGIN, 2));
            return MatrixToImageWriter.toBufferedImage(m);
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The code drawn on a grey desk at (x, y) in a frame of the given size, as a webcam's BGR image. */
    static BufferedImage frame(BufferedImage code, int frameWidth, int frameHeight, int x, int y, boolean inverted) {
        BufferedImage frame = new BufferedImage(frameWidth, frameHeight, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(90, 95, 100));
        g.fillRect(0, 0, frameWidth, frameHeight);
        g.setColor(inverted ? Color.BLACK : Color.WHITE);
        g.fillRect(x - 30, y - 30, code.getWidth() + 60, code.getHeight() + 60);
        g.drawImage(inverted ? invert(code) : code, x, y, null);
        g.dispose();
        return frame;
    }

    static BufferedImage empty(int width, int height) {
        return frame(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), width, height, 600, 300, false);
    }

    private static BufferedImage invert(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(x, y, ~image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return out;
    }
}
