package com.loungedesk.scan.source;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Dimension;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Finds cameras through webcam-capture without ever throwing: a missing driver counts as no camera. */
public final class CameraDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(CameraDirectory.class);
    private static final long TIMEOUT_MS = 3_000;

    private CameraDirectory() {
    }

    /** The names of the cameras connected now (empty when none, or when the camera driver cannot start). */
    public static List<String> cameraNames() {
        return webcams().stream().map(Webcam::getName).toList();
    }

    static List<Webcam> webcams() {
        try {
            return Webcam.getWebcams(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (WebcamException | TimeoutException e) {
            LOG.debug("No camera available: {}", e.toString());
            return List.of();
        } catch (RuntimeException e) {
            LOG.warn("Camera discovery failed", e);
            return List.of();
        }
    }

    /** The named camera, or the first one when the name is null or not connected. */
    static Webcam choose(List<Webcam> webcams, String preferredName) {
        return webcams.stream().filter(w -> w.getName().equals(preferredName)).findFirst()
                .orElse(webcams.isEmpty() ? null : webcams.get(0));
    }

    /** The preferred size when the camera offers it, else the largest no wider than it, else the largest. */
    static Dimension bestSize(Dimension[] offered, Dimension preferred) {
        if (offered == null || offered.length == 0) {
            return null;
        }
        Comparator<Dimension> byArea = Comparator.comparingInt(d -> d.width * d.height);
        return Arrays.stream(offered).filter(preferred::equals).findFirst()
                .or(() -> Arrays.stream(offered).filter(d -> d.width <= preferred.width).max(byArea))
                .orElseGet(() -> Arrays.stream(offered).max(byArea).orElseThrow());
    }
}
