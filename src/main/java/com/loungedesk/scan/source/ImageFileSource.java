package com.loungedesk.scan.source;

import com.loungedesk.util.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Image files and folders as a frame source (demos, tests, desks that receive pass images), one image
 * every {@code interval}, optionally looping. {@link #feed} shows one image as if a camera saw it.
 * Frames come on the source's own daemon thread.
 */
public final class ImageFileSource implements FrameSource {
    private static final Logger LOG = LoggerFactory.getLogger(ImageFileSource.class);
    private final List<Path> paths;
    private final Duration interval;
    private final boolean loop;
    private final SourceEvents events = new SourceEvents(Clock.systemUTC());
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("image-frames"));
    private volatile Future<?> playing;
    private boolean started;

    public ImageFileSource(List<Path> filesOrFolders, Duration interval, boolean loop) {
        this.paths = List.copyOf(filesOrFolders);
        this.interval = interval;
        this.loop = loop;
    }

    /** A source that only shows what is fed to it. */
    public static ImageFileSource feedOnly() {
        return new ImageFileSource(List.of(), Duration.ofMillis(100), false);
    }

    @Override
    public String name() {
        return paths.size() == 1 ? paths.get(0).getFileName().toString() : "Images";
    }

    @Override
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        worker.execute(this::play);
    }

    /** Delivers one image as a frame, as if a camera saw it (on the source's thread). */
    public void feed(BufferedImage image, String name) {
        worker.execute(() -> events.publish(image, name));
    }

    /** Reads an image file and delivers it as one frame; an unreadable file becomes a FAILED status. */
    public void feed(Path file) {
        worker.execute(() -> read(file, new ArrayList<>()));
    }

    private void play() {
        if (paths.isEmpty()) {
            events.status(SourceState.RUNNING, "Waiting for images to be fed.");
            return; // a feed-only source has nothing to play and nothing wrong
        }
        List<String> problems = new ArrayList<>();
        List<Path> images = ImageFiles.expand(paths, problems);
        if (images.isEmpty()) {
            events.status(SourceState.FAILED, "No images to show" + (problems.isEmpty() ? "." : ": " + problems.get(0)));
            return;
        }
        events.status(SourceState.RUNNING, "Showing " + images.size() + " image(s).");
        int[] next = {0};
        playing = worker.scheduleWithFixedDelay(() -> {
            if (next[0] == images.size()) {
                if (!loop) {
                    events.status(SourceState.FINISHED, "All " + images.size() + " image(s) shown"
                            + (problems.isEmpty() ? "." : "; " + problems.size() + " could not be read."));
                    playing.cancel(false);
                    return;
                }
                next[0] = 0;
            }
            read(images.get(next[0]++), problems);
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void read(Path file, List<String> problems) {
        try {
            BufferedImage image = BoundedImageReader.read(file);
            events.publish(image, file.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read image {}: {}", file, e.getMessage());
            problems.add(file + ": " + e.getMessage());
            events.status(SourceState.FAILED, "Cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        started = false;
        Future<?> current = playing;
        if (current != null) {
            current.cancel(true);
        }
        events.status(SourceState.STOPPED, "Images stopped.");
    }

    /** Stops and ends the worker thread for good. */
    @Override
    public void close() {
        stop();
        worker.shutdownNow();
    }

    @Override
    public SourceStatus status() {
        return events.status();
    }

    @Override
    public void addFrameListener(FrameListener listener) {
        events.addFrameListener(listener);
    }

    @Override
    public void addStatusListener(Consumer<SourceStatus> listener) {
        events.addStatusListener(listener);
    }
}
