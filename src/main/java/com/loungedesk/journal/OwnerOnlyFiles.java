package com.loungedesk.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Small files only their owner may read or write (the desk key, the journal's outside head), written
 * whole or not at all: a temporary file with owner-only permissions, flushed to disk, then moved (or
 * linked) into place. On systems without POSIX permissions the file inherits the folder's access list.
 */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Replaces {@code file} atomically. */
    static void write(Path file, byte[] content) throws IOException {
        Path temp = temp(file, content);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder(file);
    }

    /** Makes the rename itself durable where the system allows syncing a folder (Linux, macOS). */
    private static void syncFolder(Path file) {
        try (FileChannel dir = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisSystem) {
            org.slf4j.LoggerFactory.getLogger(OwnerOnlyFiles.class).trace("folder sync: {}", notOnThisSystem.toString());
        }
    }

    /** Creates {@code file}, or answers false (and leaves it alone) when it already exists. */
    static boolean createNew(Path file, byte[] content) throws IOException {
        Path temp = temp(file, content);
        try {
            Files.createLink(file, temp);
            syncFolder(file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException noHardLinks) {
            if (Files.exists(file)) {
                return false;
            }
            Files.move(temp, file);
            return true;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path temp(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = ByteBuffer.wrap(content);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            return temp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
