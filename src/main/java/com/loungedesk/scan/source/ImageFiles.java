package com.loungedesk.scan.source;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Expands files and folders into the image files they hold, in a stable order. */
public final class ImageFiles {
    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "wbmp");

    /** One input to read: an image file, or a path that cannot be one and the reason why. */
    public record Entry(Path path, String problem) {
        public boolean readable() {
            return problem == null;
        }
    }

    private ImageFiles() {
    }

    /**
     * Every image file named or inside a named folder, with {@code problems} for paths that could not be
     * used; see {@link #entries(List)} for the order.
     */
    public static List<Path> expand(List<Path> filesOrFolders, List<String> problems) {
        List<Path> images = new ArrayList<>();
        for (Entry entry : entries(filesOrFolders)) {
            if (entry.readable()) {
                images.add(entry.path());
            } else {
                problems.add(entry.path() + ": " + entry.problem());
            }
        }
        return images;
    }

    /**
     * One entry per named file (whatever its extension) and per image-named path inside a named folder and
     * its sub-folders, in argument order and sorted by path within each folder. Nothing is dropped without
     * a word: a missing path, a looping or dangling symbolic link, an entry that vanished while the folder
     * was read, or a sub-folder that cannot be listed each get an entry with the reason.
     */
    public static List<Entry> entries(List<Path> filesOrFolders) {
        List<Entry> entries = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                entries.addAll(folder(path));
            } else if (Files.exists(path)) {
                entries.add(new Entry(path, null));
            } else {
                entries.add(new Entry(path, whyMissing(path)));
            }
        }
        return entries;
    }

    private static List<Entry> folder(Path root) {
        List<Entry> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isImageName(file)) {
                        if (Files.isRegularFile(file)) {
                            found.add(new Entry(file, null));
                        } else if (!Files.isDirectory(file)) {
                            found.add(new Entry(file, Files.exists(file) ? "not a regular file" : whyMissing(file)));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(new Entry(file, e instanceof NoSuchFileException
                            ? "vanished while the folder was read" : "cannot be read: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        found.add(new Entry(dir, "cannot list the rest of this folder: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new Entry(root, "cannot list folder: " + reason(e)));
        }
        found.sort(Comparator.comparing(Entry::path));
        return found;
    }

    /** Why a path that does not resolve to a file is not one. */
    private static String whyMissing(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return "no such file or folder";
        }
        try {
            path.toRealPath();
            return "no such file or folder";
        } catch (FileSystemException e) {
            if (e instanceof NoSuchFileException) {
                return "a symbolic link to nothing";
            }
            return String.valueOf(e.getReason()).toLowerCase(Locale.ROOT).contains("levels of symbolic links")
                    ? "a symbolic link that loops" : "a symbolic link that cannot be followed: " + reason(e);
        } catch (IOException e) {
            return "a symbolic link that cannot be followed: " + reason(e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return BoundedImageReader.lower(fs.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static boolean isImageName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }
}
