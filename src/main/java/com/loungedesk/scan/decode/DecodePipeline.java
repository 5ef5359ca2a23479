package com.loungedesk.scan.decode;

import com.loungedesk.util.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decodes frames on its own daemon thread. It holds at most one waiting frame: a newer frame
 * replaces it (the older one is counted as dropped), so the backlog never grows and a slow decode
 * never stalls the camera or the preview. Codes pass through a {@link Debouncer} before listeners.
 * Feed it with {@link #offer} (e.g. as a frame source's listener: {@code source.addFrameListener(f ->
 * pipeline.offer(f.image()))}).
 */
public final class DecodePipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DecodePipeline.class);
    private final FrameDecoder decoder;
    private final DecoderSettings settings;
    private final Debouncer debouncer;
    private final List<ScanListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final AtomicLong decoded = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private BufferedImage waiting;
    private long frameNumber;
    private boolean closed;
    private final Thread worker;

    public DecodePipeline(DecoderSettings settings, Debouncer debouncer) {
        this.settings = settings;
        this.decoder = new FrameDecoder(settings);
        this.debouncer = debouncer;
        this.worker = DaemonThreads.start("scan-decoder", this::run);
    }

    public void addListener(ScanListener listener) {
        listeners.add(listener);
    }

    /** Hands a frame to the decoder without waiting; replaces a frame still waiting. */
    public void offer(BufferedImage frame) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (waiting != null) {
                dropped.incrementAndGet();
            }
            waiting = frame;
            lock.notifyAll();
        }
    }

    /** Frames decoded so far. */
    public long decodedFrames() {
        return decoded.get();
    }

    /** Frames replaced by a newer one before the decoder got to them. */
    public long droppedFrames() {
        return dropped.get();
    }

    private void run() {
        while (true) {
            BufferedImage frame;
            synchronized (lock) {
                while (waiting == null && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                frame = waiting;
                waiting = null;
            }
            decode(frame);
        }
    }

    private void decode(BufferedImage frame) {
        try {
            decoder.decode(frame, settings.passesForFrame(frameNumber++))
                    .filter(code -> debouncer.isNewScan(code.text()))
                    .ifPresent(this::publish);
        } catch (RuntimeException e) {
            LOG.warn("Decoding a {}x{} frame failed", frame.getWidth(), frame.getHeight(), e);
        } finally {
            decoded.incrementAndGet();
        }
    }

    private void publish(DecodedCode code) {
        for (ScanListener listener : listeners) {
            try {
                listener.onScan(code);
            } catch (RuntimeException e) {
                LOG.warn("A scan listener failed", e);
            }
        }
    }

    /** Stops the decoding thread; frames offered later are ignored. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            waiting = null;
            lock.notifyAll();
        }
    }
}
