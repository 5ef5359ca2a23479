package com.loungedesk.scan.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ImageFileSourceTest {
    @TempDir
    Path dir;

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void showsEveryImageOfAFolderInOrderOnABackgroundThreadAndReportsUnreadableOnes() throws Exception {
        ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("a.png").toFile());
        Files.writeString(dir.resolve("b.png"), "not a png");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("c.png").toFile());
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        List<Frame> frames = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        try (ImageFileSource source = new ImageFileSource(List.of(dir), Duration.ofMillis(5), false)) {
            source.addFrameListener(f -> {
                frames.add(f);
                threads.add(Thread.currentThread().getName());
            });
            source.start();
            await("all images shown", () -> source.status().state() == SourceState.FINISHED);
            assertEquals(List.of("a.png", "c.png"), frames.stream().map(Frame::sourceName).toList());
            assertEquals(List.of(0L, 1L), frames.stream().map(Frame::sequence).toList());
            assertTrue(source.status().message().contains("1 could not be read"), source.status().message());
            assertEquals("image-frames", threads.get(0));
        }
    }

    @Test
    void aFedImageArrivesAsAFrame() throws InterruptedException {
        List<Frame> frames = new CopyOnWriteArrayList<>();
        try (ImageFileSource source = ImageFileSource.feedOnly()) {
            source.addFrameListener(frames::add);
            source.feed(new BufferedImage(1280, 720, BufferedImage.TYPE_3BYTE_BGR), "sample pass");
            await("fed frame", () -> frames.size() == 1);
            assertEquals("sample pass", frames.get(0).sourceName());
        }
    }

    @Test
    void aMissingFolderIsAFailedStatusNotAnException() throws InterruptedException, IOException {
        try (ImageFileSource source = new ImageFileSource(List.of(dir.resolve("nope")), Duration.ofMillis(5), false)) {
            source.start();
            await("failed status", () -> source.status().state() == SourceState.FAILED);
            assertTrue(source.status().message().contains("no such file or folder"), source.status().message());
        }
    }
}
