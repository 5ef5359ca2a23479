package com.loungedesk.bench.ui;

import com.loungedesk.scan.source.ImageFileSource;
import com.loungedesk.ui.port.ScanInput;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The UI bench's camera wired into a console: frames pushed in by the bench reach either the real scan
 * input (an image source feeding the decoding pipeline, which decodes on its own thread) or the
 * FX-thread decoder of the compared run.
 */
final class BenchCameraInput implements AutoCloseable {

    private final ScanInput scanInput;
    private final ImageFileSource source;
    private final FxThreadDecoding naive;
    private final AtomicLong frames = new AtomicLong();
    private volatile boolean on = true;

    private BenchCameraInput(ScanInput scanInput, ImageFileSource source, FxThreadDecoding naive) {
        this.scanInput = scanInput;
        this.source = source;
        this.naive = naive;
    }

    /** The console's real scan input: an image source as the camera, through the decoding pipeline. */
    static BenchCameraInput pipeline(DeskWiring wiring, Clock clock) {
        ImageFileSource source = ImageFileSource.feedOnly();
        return new BenchCameraInput(wiring.camera(source, clock), source, null);
    }

    /** The compared run: each frame decoded inside {@code Platform.runLater}. */
    static BenchCameraInput onFxThread() {
        FxThreadDecoding naive = new FxThreadDecoding();
        return new BenchCameraInput(naive, null, naive);
    }

    ScanInput scanInput() {
        return scanInput;
    }

    /** One frame from the camera (returns at once); ignored once the camera stopped. */
    void frame(BufferedImage image) {
        if (!on) {
            return;
        }
        frames.incrementAndGet();
        if (naive != null) {
            naive.frame(image);
        } else {
            source.feed(image, "bench-camera");
        }
    }

    /** The camera stops; frames still waiting for the FX thread are dropped. */
    void stop() {
        on = false;
        if (naive != null) {
            naive.stop();
        }
    }

    String summary() {
        return naive != null ? naive.summary()
                : String.format("%,d frames to the scan pipeline (it decodes the newest on its own thread)", frames.get());
    }

    @Override
    public void close() throws Exception {
        stop();
        if (scanInput instanceof AutoCloseable pipeline) {
            pipeline.close();
        }
        if (source != null) {
            source.close();
        }
    }
}
