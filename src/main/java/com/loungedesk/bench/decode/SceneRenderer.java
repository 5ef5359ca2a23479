package com.loungedesk.bench.decode;

import com.google.zxing.common.BitMatrix;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

/** Renders a {@link SceneSpec} into a 1280x720 camera-like frame: desk, card, code, then the degradations. */
final class SceneRenderer {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    private SceneRenderer() {
    }

    static BufferedImage render(SceneSpec spec) {
        Random random = new Random(spec.seed());
        int[] frame = desk(random);
        if (spec.format() != null) {
            placeCard(frame, spec, random);
        } else {
            placeEmptyCard(frame, spec, random);
        }
        ImageEffects.glare(frame, WIDTH, HEIGHT, spec.glare(), spec.centreX() * WIDTH + 60, spec.centreY() * HEIGHT - 40);
        ImageEffects.contrast(frame, spec.contrast());
        ImageEffects.blur(frame, WIDTH, HEIGHT, spec.blur());
        ImageEffects.noise(frame, spec.noise(), random);
        return ImageEffects.toBgr(frame, WIDTH, HEIGHT);
    }

    private static int[] desk(Random random) {
        BufferedImage desk = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = desk.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color top = muted(random, 60, 170);
        g.setPaint(new java.awt.GradientPaint(0, 0, top, 0, HEIGHT, top.darker()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 6; i++) {
            g.setColor(muted(random, 30, 230));
            g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 60 + random.nextInt(300), 20 + random.nextInt(160));
        }
        g.dispose();
        return ((DataBufferInt) desk.getRaster().getDataBuffer()).getData();
    }

    private static Color muted(Random random, int low, int high) {
        int base = low + random.nextInt(high - low);
        return new Color(clamp(base + random.nextInt(40) - 20), clamp(base + random.nextInt(40) - 20),
                clamp(base + random.nextInt(40) - 20));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static void placeCard(int[] frame, SceneSpec spec, Random random) {
        BitMatrix matrix = CodeArtwork.matrix(spec.format(), spec.payload());
        int module = Math.max(2, (int) Math.round(spec.moduleSize() * 1.5));
        int[] code = CodeArtwork.size(matrix, spec.format(), module);
        int quiet = module * (CodeArtwork.isLinear(spec.format()) ? 10 : 4);
        int cardW = code[0] + 2 * quiet + (spec.phone() ? 4 * module : 12 * module);
        int cardH = code[1] + 2 * quiet + (spec.phone() ? cardW * 9 / 10 : 6 * module);
        int paperColour = spec.phone() ? (spec.inverted() ? 0x101214 : 0xF4F6F8) : 0xF2EEE4;
        int ink = spec.inverted() ? 0xE8ECEE : 0x111111;
        int[] card = new int[cardW * cardH];
        java.util.Arrays.fill(card, paperColour);
        if (spec.phone()) {
            frameBezel(card, cardW, cardH, Math.max(6, module * 3));
        } else {
            textLines(card, cardW, cardH, code[1] + 2 * quiet, random);
        }
        int left = (cardW - code[0]) / 2;
        int top = spec.phone() ? (cardH - code[1]) / 2 : quiet;
        CodeArtwork.paint(card, cardW, matrix, spec.format(), module, left, top, ink);
        double scale = spec.moduleSize() / module;
        Perspective.warp(card, cardW, cardH, frame, WIDTH, HEIGHT, Perspective.quad(cardW * scale, cardH * scale,
                spec.centreX() * WIDTH, spec.centreY() * HEIGHT, spec.angle(), spec.tiltX(), spec.tiltY()));
    }

    private static void placeEmptyCard(int[] frame, SceneSpec spec, Random random) {
        int cardW = 360;
        int cardH = spec.phone() ? 720 : 260;
        int[] card = new int[cardW * cardH];
        java.util.Arrays.fill(card, spec.phone() ? 0xF4F6F8 : 0xF2EEE4);
        if (spec.phone()) {
            frameBezel(card, cardW, cardH, 14);
        }
        textLines(card, cardW, cardH, 20, random);
        Perspective.warp(card, cardW, cardH, frame, WIDTH, HEIGHT, Perspective.quad(cardW * 0.8, cardH * 0.8,
                spec.centreX() * WIDTH, spec.centreY() * HEIGHT, spec.angle(), spec.tiltX(), spec.tiltY()));
    }

    private static void frameBezel(int[] card, int w, int h, int bezel) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x < bezel || y < bezel * 3 || x >= w - bezel || y >= h - bezel * 3) {
                    card[y * w + x] = 0x1A1A1C;
                }
            }
        }
    }

    /** Grey bars standing for printed text below (or around) the code. */
    private static void textLines(int[] card, int w, int h, int from, Random random) {
        int lineHeight = Math.max(4, h / 40);
        for (int y = from + lineHeight; y + lineHeight < h - lineHeight; y += lineHeight * 2) {
            int length = w / 4 + random.nextInt(w / 2);
            int start = w / 12;
            for (int dy = 0; dy < lineHeight; dy++) {
                for (int x = start; x < Math.min(w - 1, start + length); x++) {
                    card[(y + dy) * w + x] = 0x55524C;
                }
            }
        }
    }
}
