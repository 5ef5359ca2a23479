package com.loungedesk.scan.source;

/** Where a frame source stands. */
public enum SourceState {
    STOPPED,
    STARTING,
    RUNNING,
    /** No camera is connected (or the camera driver cannot start); re-discovery keeps looking. */
    NO_CAMERA,
    /** The camera is in use by another program. */
    CAMERA_BUSY,
    /** The camera stopped sending pictures (unplugged?); re-discovery keeps looking. */
    CAMERA_LOST,
    /** All images of a file source were shown. */
    FINISHED,
    FAILED;

    /** True when the source is not delivering frames because of a problem staff should see. */
    public boolean isProblem() {
        return this == NO_CAMERA || this == CAMERA_BUSY || this == CAMERA_LOST || this == FAILED;
    }
}
