package com.loungedesk.scan.source;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image file with bounded memory whatever the file says: the declared size is read first (from
 * the header, no pixels decoded); more than {@value #DEFAULT_MAX_MEGAPIXELS} megapixels is refused with a
 * sentence, and an image over {@value #DEFAULT_READ_MEGAPIXELS} megapixels is downscaled while it is read
 * (every n-th pixel of every n-th row), so at most that many pixels are ever held. A file that cannot be
 * read gives an IOException whose message is a short reason.
 */
public final class BoundedImageReader {

    /** Images declaring more pixels than this (in millions) are refused. */
    public static final int DEFAULT_MAX_MEGAPIXELS = 40;
    /** Images with more pixels than this (in millions) are downscaled while read. */
    public static final int DEFAULT_READ_MEGAPIXELS = 12;

    private static final BoundedImageReader DEFAULT =
            new BoundedImageReader(DEFAULT_MAX_MEGAPIXELS * 1_000_000L, DEFAULT_READ_MEGAPIXELS * 1_000_000L);

    private final long maxPixels;
    private final long readPixels;

    BoundedImageReader(long maxPixels, long readPixels) {
        this.maxPixels = maxPixels;
        this.readPixels = readPixels;
    }

    /** The image in {@code file}, within the default limits. */
    public static BufferedImage read(Path file) throws IOException {
        return DEFAULT.readImage(file);
    }

    BufferedImage readImage(Path file) throws IOException {
        checkReadable(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open the file");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image this program can read (PNG, JPEG, GIF, BMP or WBMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                long pixels = width * height;
                if (pixels > maxPixels) {
                    throw new IOException(String.format(Locale.ROOT,
                            "the image declares %d×%d pixels (%s megapixels); images over %s megapixels are refused",
                            width, height, megapixels(pixels), megapixels(maxPixels)));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(pixels);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new IOException("the file holds no image");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IOException(reason(e), e);
        } catch (RuntimeException e) {
            throw new IOException("the image data is damaged (" + reason(e) + ")", e);
        }
    }

    /** Every n-th pixel of every n-th row, with n the smallest that keeps the image within the read budget. */
    int subsampling(long pixels) {
        int step = 1;
        while (pixels / ((long) step * step) > readPixels) {
            step++;
        }
        return step;
    }

    private static void checkReadable(Path file) throws IOException {
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("a folder, not an image file");
            }
            Files.newByteChannel(file).close();
        } catch (NoSuchFileException e) {
            throw new IOException(Files.isSymbolicLink(file) ? "a symbolic link to nothing" : "no such file", e);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException(e.getReason() == null ? e.toString() : lower(e.getReason()), e);
        }
    }

    /** The most telling message in a chain of causes (ImageIO wraps the real reason with an empty one). */
    static String reason(Throwable e) {
        String best = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && !message.startsWith("Caught exception during read")) {
                best = message.strip();
            }
            if (t.getCause() == null && best == null) {
                best = t.getClass().getSimpleName();
            }
        }
        return lower(best == null ? e.getClass().getSimpleName() : best);
    }

    /** A reason as the middle of a sentence: its first letter in lower case. */
    static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String megapixels(long pixels) {
        double mp = pixels / 1_000_000.0;
        return mp == Math.rint(mp) ? String.valueOf((long) mp) : String.format(Locale.ROOT, "%.1f", mp);
    }
}
