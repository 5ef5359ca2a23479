package com.loungedesk.bench.decode;

import com.google.zxing.BarcodeFormat;

import java.util.Locale;

/**
 * How one scene is drawn: the code (or none), its carrier, and the degradations.
 *
 * @param format     the code format, or null for an empty frame
 * @param payload    the code text, or null
 * @param phone      a phone screen (true) or a paper pass (false)
 * @param inverted   a light code on a dark screen (phone dark mode)
 * @param moduleSize width of one module in the frame, in pixels
 * @param angle      rotation in degrees
 * @param tiltX      perspective: left edge shorter than right by this share (negative: the other way)
 * @param tiltY      perspective: top edge shorter than bottom by this share
 * @param centreX    where the code sits, as a share of the frame width
 * @param centreY    where the code sits, as a share of the frame height
 * @param blur       box-blur radius in pixels (two passes)
 * @param glare      strength of a reflected light spot, 0..1
 * @param contrast   1 = full contrast, lower = washed out
 * @param noise      standard deviation of sensor noise, in grey levels
 * @param seed       seed for the background and the noise
 */
record SceneSpec(BarcodeFormat format, String payload, boolean phone, boolean inverted, double moduleSize,
                 double angle, double tiltX, double tiltY, double centreX, double centreY, int blur,
                 double glare, double contrast, double noise, long seed) {

    String describe() {
        if (format == null) {
            return String.format(Locale.ROOT, "empty %s blur=%d glare=%.2f contrast=%.2f noise=%.0f",
                    phone ? "phone" : "paper", blur, glare, contrast, noise);
        }
        return String.format(Locale.ROOT,
                "%s %s%s module=%.1fpx angle=%.0f tilt=%.2f/%.2f blur=%d glare=%.2f contrast=%.2f noise=%.0f",
                format, phone ? "phone" : "paper", inverted ? " inverted" : "", moduleSize, angle, tiltX, tiltY,
                blur, glare, contrast, noise);
    }
}
