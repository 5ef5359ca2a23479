package com.loungedesk.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Makes a folder read-only for the test and back: owner write permission off, and, for a test run as
 * root (whom permissions do not stop), the immutable attribute ({@code chattr +i}) where the system
 * allows it. {@link #holds()} says whether the folder really refuses new files.
 */
final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    static ReadOnlyFolder of(Path folder) throws Exception {
        folder.toFile().setWritable(false, false);
        boolean immutable = false;
        if (canCreateIn(folder)) {
            immutable = run("chattr", "+i", folder.toString());
        }
        return new ReadOnlyFolder(folder, immutable);
    }

    boolean holds() {
        return !canCreateIn(folder);
    }

    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (immutable) {
            run("chattr", "-i", folder.toString());
        }
        folder.toFile().setWritable(true, true);
    }
}
