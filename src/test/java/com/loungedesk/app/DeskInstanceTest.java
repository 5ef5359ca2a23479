package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskInstanceTest {

    @TempDir
    Path data;

    @Test
    void aSecondConsoleOnTheSameDataFolderIsRefusedUntilTheFirstEnds() throws Exception {
        Optional<DeskInstance> first = DeskInstance.claim(data, Clock.systemUTC());
        assertTrue(first.isPresent());
        assertTrue(DeskInstance.claim(data, Clock.systemUTC()).isEmpty());
        first.get().close();
        Optional<DeskInstance> again = DeskInstance.claim(data, Clock.systemUTC());
        assertTrue(again.isPresent());
        again.get().close();
    }

    @Test
    void handedOverFilesReachTheRunningConsoleOnceInOrder() throws Exception {
        try (DeskInstance instance = DeskInstance.claim(data, Clock.systemUTC()).orElseThrow()) {
            DeskInstance.forward(data, List.of(Path.of("a.png"), Path.of("b.png")));
            DeskInstance.forward(data, List.of());
            List<List<Path>> opened = new ArrayList<>();
            instance.drainOnce(opened::add);
            instance.drainOnce(opened::add);

            assertEquals(2, opened.size());
            assertTrue(opened.contains(List.of(Path.of("a.png").toAbsolutePath(), Path.of("b.png").toAbsolutePath())));
            assertTrue(opened.contains(List.of()), "a start without files still asks for the window");
        }
    }

    @Test
    void requestsLeftFromLongAgoAreDroppedNotOpened() throws Exception {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        try (DeskInstance instance = DeskInstance.claim(data, Clock.fixed(now, ZoneOffset.UTC)).orElseThrow()) {
            DeskInstance.forward(data, List.of(Path.of("old.png")));
            try (var files = Files.list(data.resolve("inbox"))) {
                for (Path p : files.toList()) {
                    Files.setLastModifiedTime(p, FileTime.from(now.minus(DeskInstance.STALE).minusSeconds(5)));
                }
            }
            List<List<Path>> opened = new ArrayList<>();
            instance.drainOnce(opened::add);

            assertTrue(opened.isEmpty());
            try (var files = Files.list(data.resolve("inbox"))) {
                assertEquals(0, files.count());
            }
        }
    }

    @Test
    void theWatcherPicksUpAHandOverByItself() throws Exception {
        try (DeskInstance instance = DeskInstance.claim(data, Clock.systemUTC()).orElseThrow()) {
            List<List<Path>> opened = new CopyOnWriteArrayList<>();
            instance.watch(java.time.Duration.ofMillis(20), opened::add);
            DeskInstance.forward(data, List.of(Path.of("pass.png")));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (opened.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(List.of(List.of(Path.of("pass.png").toAbsolutePath())), opened);
        }
    }
}
