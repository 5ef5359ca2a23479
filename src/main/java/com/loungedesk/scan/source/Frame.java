package com.loungedesk.scan.source;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.Objects;

/**
 * One picture from a frame source. The image is not copied: listeners must not modify it.
 *
 * @param image      the picture (webcams give TYPE_3BYTE_BGR)
 * @param sourceName which source produced it (camera name or file name)
 * @param sequence   counts up from 0 for each source
 * @param capturedAt when it was taken
 */
public record Frame(BufferedImage image, String sourceName, long sequence, Instant capturedAt) {
    public Frame {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(capturedAt, "capturedAt");
    }
}
