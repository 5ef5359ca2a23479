package com.loungedesk.ui.shell;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/**
 * Camera frames for the preview. Each is scaled to preview size and converted on the scanner thread
 * that delivers it (converting each full 1280x720 frame on the FX thread was its biggest cost and filled
 * the heap with large arrays); the FX thread gets only the newest, and never more than one hop at a time.
 */
final class PreviewFrames {

    /** Twice the preview's shown width (310 px), so it stays sharp on high-density screens. */
    static final int WIDTH = 640;
    private final AtomicReference<Image> latest = new AtomicReference<>();
    private final Consumer<Image> show;

    /** @param show called on the FX thread with the newest preview */
    PreviewFrames(Consumer<Image> show) {
        this.show = show;
    }

    /** Called on a scanner thread. */
    void offer(BufferedImage frame) {
        if (latest.getAndSet(SwingFXUtils.toFXImage(scaled(frame), null)) == null) {
            Platform.runLater(() -> {
                Image next = latest.getAndSet(null);
                if (next != null) {
                    show.accept(next);
                }
            });
        }
    }

    static BufferedImage scaled(BufferedImage frame) {
        if (frame.getWidth() <= WIDTH) {
            return frame;
        }
        int height = Math.max(1, frame.getHeight() * WIDTH / frame.getWidth());
        BufferedImage small = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(frame, 0, 0, WIDTH, height, null);
        g.dispose();
        return small;
    }
}
