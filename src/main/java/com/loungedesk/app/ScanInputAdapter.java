package com.loungedesk.app;

import com.loungedesk.scan.classify.BoardingPass;
import com.loungedesk.scan.classify.BoardingPassLeg;
import com.loungedesk.scan.classify.DragonPassId;
import com.loungedesk.scan.classify.MalformedBoardingPass;
import com.loungedesk.scan.classify.OctoReference;
import com.loungedesk.scan.classify.PayloadClassifier;
import com.loungedesk.scan.classify.ScanPayload;
import com.loungedesk.scan.classify.UnknownPayload;
import com.loungedesk.scan.classify.WrappedReference;
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
    private final PayloadClassifier classifier = new PayloadClassifier();
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
        ScanPayload payload = classifier.classify(code.text());
        if (payload instanceof OctoReference r) {
            listener.decoded(r.reference(), source);
        } else if (payload instanceof WrappedReference w) {
            listener.decoded(w.reference(), source);
        } else if (payload instanceof DragonPassId id) {
            listener.decoded(id.passId(), source);
        } else if (payload instanceof BoardingPass bp) {
            listener.boardingPass(toPort(bp, LocalDate.now(clock)));
        } else if (payload instanceof MalformedBoardingPass bad) {
            listener.problem("This looks like a boarding pass but cannot be read: " + bad.reason());
        } else if (payload instanceof UnknownPayload unknown) {
            listener.decoded(unknown.raw(), source);
        }
    }

    static com.loungedesk.ui.port.BoardingPass toPort(BoardingPass bp, LocalDate today) {
        BoardingPassLeg leg = bp.firstLeg();
        return new com.loungedesk.ui.port.BoardingPass(bp.passengerName(), leg.carrier() + " " + leg.flightNumber(),
                leg.from(), leg.to(), dateOfFlight(leg.julianDate(), today), leg.seat());
    }

    /** The day-of-year of a boarding pass as the date nearest to today (the year is not in the pass). */
    static LocalDate dateOfFlight(int dayOfYear, LocalDate today) {
        LocalDate best = null;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            if (dayOfYear < 1 || dayOfYear > LocalDate.of(year, 1, 1).lengthOfYear()) {
                continue;
            }
            LocalDate d = LocalDate.ofYearDay(year, dayOfYear);
            if (best == null || Math.abs(d.toEpochDay() - today.toEpochDay())
                    < Math.abs(best.toEpochDay() - today.toEpochDay())) {
                best = d;
            }
        }
        return best;
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
