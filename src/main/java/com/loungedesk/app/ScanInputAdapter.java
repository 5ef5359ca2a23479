package com.loungedesk.app;

import com.loungedesk.scan.decode.DecodePipeline;
import com.loungedesk.scan.decode.DecodedCode;
import com.loungedesk.scan.decode.Debouncer;
import com.loungedesk.scan.decode.DecoderSettings;
import com.loungedesk.scan.source.CameraDirectory;
import com.loungedesk.scan.source.FrameSource;
import com.loungedesk.scan.source.ImageFileSource;
import com.loungedesk.scan.source.SourceState;
import com.loungedesk.scan.source.SourceStatus;
import com.loungedesk.ui.port.ScanInput;
import com.loungedesk.ui.scan.ScanRouting;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The console's scan input: a camera (or image files when asked), plus a feed for demo images, through
 * the decoding pipeline (newest frame wins, duplicates within three seconds dropped) and the payload
 * classifier. Pass references go to lookup; boarding passes go beside the booking.
 */
final class ScanInputAdapter implements ScanInput, AutoCloseable {

    private final FrameSource camera;
    private final ImageFileSource demoFeed = ImageFileSource.feedOnly();
    private final DecodePipeline pipeline = new DecodePipeline(DecoderSettings.defaults(), Debouncer.threeSeconds());
    private final ScanRouting routing = new ScanRouting();
    private final Clock clock;
    private volatile String source;

    ScanInputAdapter(FrameSource camera, String sourceName, Clock clock) {
        this.camera = camera;
        this.source = sourceName;
        this.clock = clock;
    }

    @Override
    public void start(Listener listener) {
        pipeline.addListener(code -> deliver(code, listener));
        for (FrameSource s : List.of(camera, demoFeed)) {
            s.addFrameListener(frame -> {
                pipeline.offer(frame.image());
                listener.frame(frame.image());
            });
            s.addStatusListener(status -> report(status, listener));
        }
        demoFeed.start();
        camera.start();
    }

    private static void report(SourceStatus status, Listener listener) {
        if (status.state().isProblem()) {
            listener.problem(status.message());
        }
    }

    private void deliver(DecodedCode code, Listener listener) {
        ScanRouting.Route route = routing.route(code.text(), LocalDate.now(clock));
        if (route instanceof ScanRouting.Lookup l) {
            listener.decoded(l.reference(), source);
        } else if (route instanceof ScanRouting.Boarding b) {
            listener.boardingPass(b.pass());
        } else if (route instanceof ScanRouting.Notice n) {
            listener.problem(n.message());
        }
    }

    @Override
    public void stop() {
        camera.stop();
        demoFeed.stop();
    }

    @Override
    public boolean hasCamera() {
        return camera.status().state() == SourceState.RUNNING;
    }

    @Override
    public List<String> cameraNames() {
        return CameraDirectory.cameraNames();
    }

    @Override
    public void feedImage(Path image) {
        source = "image";
        demoFeed.feed(image);
    }

    @Override
    public void close() {
        stop();
        pipeline.close();
    }

    static String name(Path images) {
        return images == null ? "camera" : "image";
    }
}
