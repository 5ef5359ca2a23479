package com.loungedesk.scan.source;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDiscoverySupport;
import com.github.sarxos.webcam.WebcamDriver;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** A webcam-capture driver with one simulated camera that a test can unplug and plug back in. */
final class FakeCameraDriver implements WebcamDriver, WebcamDiscoverySupport {
    final AtomicBoolean plugged = new AtomicBoolean(true);
    private volatile FakeDevice device = new FakeDevice();

    void unplug() {
        plugged.set(false);
    }

    /** A re-plugged camera is a new device, as with a real USB camera. */
    void plugIn() {
        device = new FakeDevice();
        plugged.set(true);
    }

    @Override
    public List<WebcamDevice> getDevices() {
        return plugged.get() ? List.of(device) : List.of();
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    @Override
    public long getScanInterval() {
        return 200;
    }

    @Override
    public boolean isScanPossible() {
        return true;
    }

    final class FakeDevice implements WebcamDevice {
        private final Dimension[] sizes = {new Dimension(640, 480), new Dimension(1280, 720), new Dimension(1920, 1080)};
        private volatile Dimension size = sizes[0];
        private volatile boolean open;

        @Override
        public String getName() {
            return "Fake Desk Camera";
        }

        @Override
        public Dimension[] getResolutions() {
            return sizes.clone();
        }

        @Override
        public Dimension getResolution() {
            return size;
        }

        @Override
        public void setResolution(Dimension resolution) {
            size = resolution;
        }

        @Override
        public BufferedImage getImage() {
            if (!plugged.get() || !open || this != device) {
                return null;
            }
            BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.GRAY);
            g.fillRect(0, 0, size.width, size.height);
            g.dispose();
            return image;
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
