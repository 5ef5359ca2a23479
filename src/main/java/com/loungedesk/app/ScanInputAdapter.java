package com.loungedesk.app;

import com.loungedesk.util.DaemonThreads;
import com.loungedesk.scan.decode.DecodePipeline;
import com.loungedesk.scan.decode.StillImage;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
    private final StillImage stills = new StillImage();
    private final ExecutorService opener = Executors.newSingleThreadExecutor(
            DaemonThreads.named("opened-images"));
    private final Clock clock;
    private volatile String source;
    private volatile Listener listener;

    ScanInputAdapter(FrameSource camera, String sourceName, Clock clock) {
        this.camera = camera;
        this.source = sourceName;
        this.clock = clock;
    }

    @Override
    public void start(Listener listener) {
        this.listener = listener;
        pipeline.addListener(code -> deliver(code.text(), source, listener));
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

    private void deliver(String text, String from, Listener listener) {
        ScanRouting.Route route = routing.route(text, LocalDate.now(clock));
        if (route instanceof ScanRouting.Lookup l) {
            listener.decoded(l.reference(), from);
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
    public void open(Path image) {
        opener.execute(() -> {
            Listener l = listener;
            if (l == null) {
                throw new IllegalStateException("the scan input was not started");
            }
            String name = String.valueOf(image.getFileName());
            StillImage.Outcome outcome = stills.decode(image);
            if (outcome instanceof StillImage.Outcome.Found found) {
                deliver(found.code().text(), "file", l);
            } else if (outcome instanceof StillImage.Outcome.Unreadable u) {
                l.problem(name + " could not be opened: " + u.reason() + ".");
            } else {
                l.problem("No barcode or QR code was found in " + name + ".");
            }
        });
    }

    @Override
    public void close() {
        stop();
        opener.shutdownNow();
        pipeline.close();
    }

    static String name(Path images) {
        return images == null ? "camera" : "image";
    }
}
