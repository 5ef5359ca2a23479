package com.loungedesk.scan.source;

import com.github.sarxos.webcam.Webcam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class WebcamSourceTest {
    private WebcamSource source;

    @AfterEach
    void tearDown() {
        if (source != null) {
            source.stop();
        }
        Webcam.resetDriver();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void withNoCameraTheSourceSaysSoAndKeepsRunning() throws InterruptedException {
        Webcam.resetDriver();
        List<Frame> frames = new CopyOnWriteArrayList<>();
        List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
        source = new WebcamSource(null, WebcamSource.HD, Duration.ofMillis(200), 30);
        source.addFrameListener(frames::add);
        source.addStatusListener(statuses::add);
        source.start();
        await("no-camera status", () -> source.status().state() == SourceState.NO_CAMERA);
        assertTrue(source.status().state().isProblem());
        assertTrue(source.status().message().contains("No camera"), source.status().message());
        assertTrue(frames.isEmpty());
        assertTrue(CameraDirectory.cameraNames().isEmpty());
        source.stop();
        assertEquals(SourceState.STOPPED, source.status().state());
        assertNotEquals(0, statuses.size());
    }

    @Test
    void framesFromAnInjectedDriverArriveAtHdOnABackgroundThreadAndReplugIsPickedUp() throws InterruptedException {
        FakeCameraDriver driver = new FakeCameraDriver();
        Webcam.setDriver(driver);
        List<Frame> frames = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        source = new WebcamSource("Fake Desk Camera", WebcamSource.HD, Duration.ofMillis(100), 50);
        source.addFrameListener(frame -> {
            frames.add(frame);
            threads.add(Thread.currentThread().getName());
        });
        source.start();
        await("first frames", () -> frames.size() >= 3);
        assertEquals(SourceState.RUNNING, source.status().state());
        assertEquals(new Dimension(1280, 720), new Dimension(frames.get(0).image().getWidth(),
                frames.get(0).image().getHeight()));
        assertEquals("webcam-capture", threads.get(0));

        driver.unplug();
        await("camera lost", () -> source.status().state() == SourceState.CAMERA_LOST
                || source.status().state() == SourceState.NO_CAMERA);
        driver.plugIn();
        int before = frames.size();
        await("frames again after re-plug", () -> frames.size() > before + 2);
        assertEquals(SourceState.RUNNING, source.status().state());
    }

    @Test
    void thePreferredSizeIsChosenWhenOfferedOtherwiseTheLargestThatFits() {
        Dimension[] offered = {new Dimension(640, 480), new Dimension(1280, 720), new Dimension(1920, 1080)};
        assertEquals(new Dimension(1280, 720), CameraDirectory.bestSize(offered, WebcamSource.HD));
        Dimension[] noHd = {new Dimension(640, 480), new Dimension(800, 600), new Dimension(1920, 1080)};
        assertEquals(new Dimension(800, 600), CameraDirectory.bestSize(noHd, WebcamSource.HD));
        Dimension[] onlyBig = {new Dimension(1920, 1080), new Dimension(2560, 1440)};
        assertEquals(new Dimension(2560, 1440), CameraDirectory.bestSize(onlyBig, WebcamSource.HD));
    }
}
