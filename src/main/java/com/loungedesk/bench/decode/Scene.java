package com.loungedesk.bench.decode;

import com.google.zxing.BarcodeFormat;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One generated 1280x720 camera-like frame and what it holds.
 *
 * @param name       a stable name such as {@code 017-qr-phone}
 * @param image      the frame (TYPE_3BYTE_BGR, as a webcam delivers)
 * @param format     the code's format, or null for an empty frame
 * @param payload    the code's text, or null for an empty frame
 * @param conditions the degradations applied, for reports
 */
public record Scene(String name, BufferedImage image, BarcodeFormat format, String payload, String conditions) {
    public Scene {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(conditions, "conditions");
        if ((format == null) != (payload == null)) {
            throw new IllegalArgumentException("format and payload are both set or both absent");
        }
    }

    public boolean isEmpty() {
        return format == null;
    }

    /** The kind of image: format, carrier and dark mode (e.g. "QR_CODE phone inverted"); "empty" without a code. */
    public String kind() {
        if (isEmpty()) {
            return "empty";
        }
        String[] words = conditions.split(" ");
        return words[0] + " " + words[1] + (words.length > 2 && words[2].equals("inverted") ? " inverted" : "");
    }
}
