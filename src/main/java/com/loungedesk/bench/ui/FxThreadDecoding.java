package com.loungedesk.bench.ui;

import com.loungedesk.scan.decode.Debouncer;
import com.loungedesk.scan.decode.DecoderSettings;
import com.loungedesk.scan.decode.FrameDecoder;
import com.loungedesk.ui.port.ScanInput;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * The obvious way to read a camera in a JavaFX app, kept only as the bench's compared alternative:
 * every frame goes to the preview and is decoded inside {@code Platform.runLater}, on the FX thread,
 * with the same decoder, pass schedule and three-second duplicate filter as the real pipeline.
 */
final class FxThreadDecoding implements ScanInput {

    private final DecoderSettings settings = DecoderSettings.defaults();
    private final FrameDecoder decoder = new FrameDecoder(settings);
    private final Debouncer debouncer = Debouncer.threeSeconds();
    private volatile Listener listener;
    private volatile boolean running;
    private final AtomicLong handed = new AtomicLong();
    private final AtomicLong decoded = new AtomicLong();
    private long frameNumber;
    private String atStop = "";

    @Override
    public void start(Listener l) {
        listener = l;
        running = true;
    }

    /** A camera frame: shown, then decoded on the FX thread. */
    void frame(BufferedImage image) {
        Listener l = listener;
        if (!running || l == null) {
            return;
        }
        l.frame(image);
        handed.incrementAndGet();
        Platform.runLater(() -> decodeOnFxThread(image, l));
    }

    private void decodeOnFxThread(BufferedImage image, Listener l) {
        if (!running) {
            return;
        }
        decoded.incrementAndGet();
        decoder.decode(image, settings.passesForFrame(frameNumber++))
                .filter(code -> debouncer.isNewScan(code.text()))
                .ifPresent(code -> l.decoded(code.text(), "camera"));
    }

    @Override
    public void stop() {
        if (running) {
            long h = handed.get();
            long d = decoded.get();
            atStop = String.format("%,d frames handed to the FX thread, %,d decoded there, %,d still waiting when the "
                    + "camera stopped", h, d, h - d);
        }
        running = false;
    }

    /** What happened to the frames, as of when the camera stopped. */
    String summary() {
        return atStop;
    }

    @Override
    public boolean hasCamera() {
        return running;
    }

    @Override
    public List<String> cameraNames() {
        return List.of("bench camera");
    }

    @Override
    public void feedImage(Path image) {
        throw new UnsupportedOperationException("The bench's FX-thread decoder takes camera frames only.");
    }

    @Override
    public void open(Path image) {
        Listener l = listener;
        if (l != null) {
            l.problem("The bench's FX-thread decoder takes camera frames only, not " + image.getFileName() + ".");
        }
    }
}
