package com.loungedesk.scan.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands files and folders into the image files they hold, in a stable order. */
public final class ImageFiles {
    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "wbmp");

    private ImageFiles() {
    }

    /**
     * Every image file named or inside a named folder (not recursive into sub-folders' sub-folders
     * beyond the tree walk), sorted by path within each folder. A named file is kept whatever its
     * extension; a missing path is reported through {@code problems}.
     */
    public static List<Path> expand(List<Path> filesOrFolders, List<String> problems) {
        List<Path> images = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ImageFiles::isImageName).sorted().forEach(images::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(path + ": cannot list folder: " + e.getMessage());
                }
            } else if (Files.exists(path)) {
                images.add(path);
            } else {
                problems.add(path + ": no such file or folder");
            }
        }
        return images;
    }

    static boolean isImageName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }
}
