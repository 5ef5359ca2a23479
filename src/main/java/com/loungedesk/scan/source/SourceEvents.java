package com.loungedesk.scan.source;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The listener plumbing every frame source shares: a failing listener is logged, never stops the source. */
final class SourceEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SourceEvents.class);
    private final List<FrameListener> frameListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SourceStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Clock clock;
    private volatile SourceStatus status = SourceStatus.stopped();

    SourceEvents(Clock clock) {
        this.clock = clock;
    }

    void addFrameListener(FrameListener listener) {
        frameListeners.add(listener);
    }

    void addStatusListener(Consumer<SourceStatus> listener) {
        statusListeners.add(listener);
    }

    SourceStatus status() {
        return status;
    }

    void publish(BufferedImage image, String sourceName) {
        Frame frame = new Frame(image, sourceName, sequence.getAndIncrement(), clock.instant());
        for (FrameListener listener : frameListeners) {
            try {
                listener.onFrame(frame);
            } catch (RuntimeException e) {
                LOG.warn("A frame listener failed on frame {} of {}", frame.sequence(), sourceName, e);
            }
        }
    }

    void status(SourceState state, String message) {
        SourceStatus next = new SourceStatus(state, message);
        if (next.equals(status)) {
            return;
        }
        status = next;
        LOG.info("Frame source: {} ({})", message, state);
        for (Consumer<SourceStatus> listener : statusListeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("A status listener failed", e);
            }
        }
    }
}
