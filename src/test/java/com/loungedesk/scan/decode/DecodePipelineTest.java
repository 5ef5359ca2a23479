package com.loungedesk.scan.decode;

import com.google.zxing.BarcodeFormat;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecodePipelineTest {

    private static void awaitDecoded(DecodePipeline pipeline, long frames) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pipeline.decodedFrames() < frames && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void theNewestFrameWinsAndOlderWaitingFramesAreDropped() throws InterruptedException {
        BufferedImage first = TestFrames.frame(TestFrames.code(BarcodeFormat.QR_CODE, "FIRST-1", 240, 240),
                1280, 720, 300, 200, false);
        BufferedImage last = TestFrames.frame(TestFrames.code(BarcodeFormat.QR_CODE, "LAST-99", 240, 240),
                1280, 720, 300, 200, false);
        BufferedImage middle = TestFrames.empty(1280, 720);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstSeen = new CountDownLatch(1);
        List<String> scans = new CopyOnWriteArrayList<>();
        try (DecodePipeline pipeline = new DecodePipeline(DecoderSettings.defaults(), Debouncer.threeSeconds())) {
            pipeline.addListener(code -> {
                scans.add(code.text());
                firstSeen.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            pipeline.offer(first);
            assertTrue(firstSeen.await(30, TimeUnit.SECONDS));
            for (int i = 0; i < 10; i++) {
                pipeline.offer(middle);
            }
            pipeline.offer(last);
            release.countDown();
            awaitDecoded(pipeline, 2);
            assertEquals(10, pipeline.droppedFrames(), "ten of the eleven waiting frames were replaced");
            assertEquals(List.of("FIRST-1", "LAST-99"), scans);
            assertEquals(2, pipeline.decodedFrames());
        }
    }

    @Test
    void theSameCodeSeenAgainAndAgainIsOneScan() throws InterruptedException {
        BufferedImage frame = TestFrames.frame(TestFrames.code(BarcodeFormat.QR_CODE, "HTA89203", 240, 240),
                1280, 720, 300, 200, false);
        List<String> scans = new CopyOnWriteArrayList<>();
        try (DecodePipeline pipeline = new DecodePipeline(DecoderSettings.defaults(),
                new Debouncer(Duration.ofSeconds(30), java.time.Clock.systemUTC()))) {
            pipeline.addListener(code -> scans.add(code.text()));
            for (int i = 0; i < 5; i++) {
                pipeline.offer(frame);
                awaitDecoded(pipeline, i + 1);
            }
            assertEquals(5, pipeline.decodedFrames());
        }
        assertEquals(List.of("HTA89203"), scans);
    }
}
