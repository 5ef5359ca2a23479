package com.loungedesk.app;

import com.loungedesk.util.DaemonThreads;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One console per user on a desk PC. The first console holds a lock in the data folder; a second start
 * (a double-click, or "Open with LoungeDesk" on a pass image) hands its files to the first through an
 * inbox folder and ends, so two consoles never share one journal. The inbox lies in the user's own data
 * folder: nobody else can drop requests into it.
 */
final class DeskInstance implements AutoCloseable {

    /** Requests older than this were left by a console that ended before reading them: dropped. */
    static final Duration STALE = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(DeskInstance.class);
    private static final String REQUEST = ".open";
    private final FileChannel channel;
    private final FileLock lock;
    private final Path inbox;
    private final Clock clock;
    private volatile Thread watcher;

    private DeskInstance(FileChannel channel, FileLock lock, Path inbox, Clock clock) {
        this.channel = channel;
        this.lock = lock;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** This process becomes the desk's console, or empty when another console already is. */
    static Optional<DeskInstance> claim(Path dataDir, Clock clock) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve("console.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                Path inbox = Files.createDirectories(dataDir.resolve("inbox"));
                return Optional.of(new DeskInstance(channel, lock, inbox, clock));
            }
        } catch (OverlappingFileLockException e) {
            LOG.debug("The console lock is held in this very process", e);
        }
        channel.close();
        return Optional.empty();
    }

    /** Hands files (possibly none: then it only asks the console to come to the front) to the running console. */
    static void forward(Path dataDir, List<Path> files) throws IOException {
        Path inbox = Files.createDirectories(dataDir.resolve("inbox"));
        Path tmp = inbox.resolve(".tmp-" + UUID.randomUUID());
        List<String> lines = files.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, inbox.resolve(UUID.randomUUID() + REQUEST), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads the inbox every {@code every} on a daemon thread; each request's files (maybe none) go to
     * {@code opened}, in arrival order. Requests left from before this console started are dropped if stale.
     */
    synchronized void watch(Duration every, Consumer<List<Path>> opened) {
        if (watcher != null) {
            return;
        }
        Thread t = DaemonThreads.daemon(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                drainOnce(opened);
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "desk-inbox");
        watcher = t;
        t.start();
    }

    /** Takes every request now in the inbox, oldest first. */
    void drainOnce(Consumer<List<Path>> opened) {
        List<Path> requests = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(inbox, "*" + REQUEST)) {
            dir.forEach(requests::add);
        } catch (IOException e) {
            LOG.warn("The console inbox {} could not be read", inbox, e);
            return;
        }
        requests.sort((a, b) -> modified(a).compareTo(modified(b)));
        for (Path request : requests) {
            try {
                boolean stale = modified(request).toInstant().isBefore(clock.instant().minus(STALE));
                List<String> lines = Files.readAllLines(request, StandardCharsets.UTF_8);
                Files.delete(request);
                if (stale) {
                    LOG.info("Dropped an old request to open {} file(s)", lines.size());
                } else {
                    opened.accept(lines.stream().filter(l -> !l.isBlank()).map(Path::of).toList());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("A request to open files ({}) could not be handled", request.getFileName(), e);
            }
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    @Override
    public void close() throws IOException {
        Thread t = watcher;
        if (t != null) {
            t.interrupt();
        }
        lock.release();
        channel.close();
    }
}
