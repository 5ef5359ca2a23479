package com.loungedesk.scan.source;

import java.util.function.Consumer;

/**
 * Something that produces frames: a webcam or image files. Frames and status changes are delivered
 * on the source's own background thread, never on the caller's.
 */
public interface FrameSource extends AutoCloseable {

    /** A name for the desk staff, e.g. the camera's name. */
    String name();

    /** Starts producing frames; problems come as status values, never as exceptions. */
    void start();

    /** Stops producing frames and releases the device; safe to call more than once. */
    void stop();

    SourceStatus status();

    void addFrameListener(FrameListener listener);

    void addStatusListener(Consumer<SourceStatus> listener);

    @Override
    default void close() {
        stop();
    }
}
