package com.loungedesk.scan.source;

/** Receives frames on the source's background thread: return quickly (hand work to another thread). */
@FunctionalInterface
public interface FrameListener {
    void onFrame(Frame frame);
}
