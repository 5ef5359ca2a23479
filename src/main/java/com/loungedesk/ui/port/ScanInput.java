package com.loungedesk.ui.port;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * Port to the scan package (adapted by the app wiring): camera frames for the preview, decoded codes,
 * boarding passes recognised by the classifier, and a way to feed an image as if the camera saw it.
 * Listener calls arrive on scanner threads; the console hops to the FX thread itself.
 */
public interface ScanInput {

    interface Listener {
        /** A code was decoded; {@code source} is "camera", "image" or "wedge". */
        void decoded(String text, String source);

        /** A preview frame (may be dropped by the console when it is busy). */
        void frame(BufferedImage frame);

        /** A scanned code was a boarding pass (IATA BCBP). */
        void boardingPass(BoardingPass pass);

        /** The camera stopped or could not start: a short sentence for people. */
        void problem(String message);
    }

    void start(Listener listener);

    void stop();

    /** True when a camera is delivering frames. */
    boolean hasCamera();

    /** Camera names for the settings screen. */
    List<String> cameraNames();

    /** Decodes an image file through the same pipeline as camera frames (demo passes, tests). Blocking. */
    void feedImage(Path image);

    /**
     * A pass image staff opened with LoungeDesk (from the file manager or the command line): decoded as a
     * still on a scanner thread; the listener hears its code (source "file") or a problem saying why not.
     */
    void open(Path image);

    /** No camera and no decoder: the console still takes typed and USB-scanner input. */
    static ScanInput none() {
        return new ScanInput() {
            @Override
            public void start(Listener listener) {
                // nothing delivers frames or codes
            }

            @Override
            public void stop() {
                // nothing was started
            }

            @Override
            public boolean hasCamera() {
                return false;
            }

            @Override
            public List<String> cameraNames() {
                return List.of();
            }

            @Override
            public void feedImage(Path image) {
                throw new UnsupportedOperationException("No image decoder is wired into this console.");
            }

            @Override
            public void open(Path image) {
                throw new UnsupportedOperationException("No image decoder is wired into this console.");
            }
        };
    }
}
