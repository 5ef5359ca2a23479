package com.loungedesk.ui.testkit;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A webcam-capture driver that takes as long as the test wants to answer: listing the cameras, or grabbing a
 * frame, blocks until the test lets it go (a minute at most, so a failed test cannot hang the build).
 */
public final class SlowCameraDriver implements WebcamDriver {

    /** Counted down when a thread is inside {@link #getDevices()}. */
    public final CountDownLatch listing = new CountDownLatch(1);
    /** Counted down when a thread is inside a frame grab. */
    public final CountDownLatch grabbing = new CountDownLatch(1);
    private final CountDownLatch answer = new CountDownLatch(1);
    private final boolean slowList;
    private final boolean slowGrab;
    private final Device device = new Device();

    private SlowCameraDriver(boolean slowList, boolean slowGrab) {
        this.slowList = slowList;
        this.slowGrab = slowGrab;
    }

    /** Listing the cameras blocks until {@link #answer()}. */
    public static SlowCameraDriver slowToList() {
        return new SlowCameraDriver(true, false);
    }

    /** One camera, listed at once, whose frame grabs block until {@link #answer()}. */
    public static SlowCameraDriver stuckInGrab() {
        return new SlowCameraDriver(false, true);
    }

    /** Lets every blocked call return. */
    public void answer() {
        answer.countDown();
    }

    private void await() {
        try {
            answer.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // a real driver call does not end on interrupt either: keep waiting once
            try {
                answer.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException again) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public List<WebcamDevice> getDevices() {
        listing.countDown();
        if (slowList) {
            await();
        }
        return List.of(device);
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    private final class Device implements WebcamDevice {
        private final Dimension size = new Dimension(640, 480);
        private volatile boolean open;

        @Override
        public String getName() {
            return "Slow Desk Camera";
        }

        @Override
        public Dimension[] getResolutions() {
            return new Dimension[] {size};
        }

        @Override
        public Dimension getResolution() {
            return size;
        }

        @Override
        public void setResolution(Dimension resolution) {
            // one size only
        }

        @Override
        public BufferedImage getImage() {
            grabbing.countDown();
            if (slowGrab) {
                await();
            }
            return new BufferedImage(size.width, size.height, BufferedImage.TYPE_3BYTE_BGR);
        }

        @Override
        public void open() {
            open = true;
        }

        @Override
        public void close() {
            open = false;
        }

        @Override
        public void dispose() {
            open = false;
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }
}
