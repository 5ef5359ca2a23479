package com.loungedesk.ui.testkit;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.loungedesk.ui.port.BoardingPass;
import com.loungedesk.ui.port.ScanInput;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** A scan input for tests and screenshots: decodes fed images with ZXing; frames and boarding passes pushed by hand. */
public final class DecodingScanInput implements ScanInput {

    private volatile Listener listener;
    private final boolean camera;

    public DecodingScanInput(boolean camera) {
        this.camera = camera;
    }

    @Override
    public void start(Listener l) {
        this.listener = l;
    }

    @Override
    public void stop() {
        listener = null;
    }

    @Override
    public boolean hasCamera() {
        return camera;
    }

    @Override
    public List<String> cameraNames() {
        return camera ? List.of("Desk camera HD") : List.of();
    }

    @Override
    public void feedImage(Path image) {
        try {
            BufferedImage img = ImageIO.read(image.toFile());
            if (camera) {
                listener.frame(img);
            }
            String text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(img)))).getText();
            listener.decoded(text, "image");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException e) {
            throw new IllegalArgumentException("No code found in " + image, e);
        }
    }

    /** Opened files are decoded like fed ones (this fake does not tell the two sources apart). */
    @Override
    public void open(Path image) {
        feedImage(image);
    }

    public void frame(BufferedImage img) {
        listener.frame(img);
    }

    public void decoded(String text) {
        listener.decoded(text, "camera");
    }

    public void boardingPass(BoardingPass pass) {
        listener.boardingPass(pass);
    }
}
