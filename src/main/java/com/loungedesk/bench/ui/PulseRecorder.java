package com.loungedesk.bench.ui;

import java.util.Arrays;
import javafx.animation.AnimationTimer;

/**
 * Records the time stamp of every JavaFX pulse while it runs. Being an animation, it also keeps the
 * pulses coming every frame. Use it on the FX thread only.
 */
final class PulseRecorder extends AnimationTimer {

    private long[] times = new long[8192];
    private int count;

    @Override
    public void handle(long now) {
        if (count == times.length) {
            times = Arrays.copyOf(times, count * 2);
        }
        times[count++] = now;
    }

    /** Forgets earlier pulses and starts recording. */
    void begin() {
        count = 0;
        start();
    }

    /** Stops recording; the pulse time stamps in nanoseconds, in order. */
    long[] end() {
        stop();
        return Arrays.copyOf(times, count);
    }
}
