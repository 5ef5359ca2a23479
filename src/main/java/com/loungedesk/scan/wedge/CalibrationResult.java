package com.loungedesk.scan.wedge;

import java.util.Optional;

/**
 * What scanning the calibration code showed.
 *
 * @param deskLayout the desk layout the scan matches (US = all good), or null when no known layout explains it
 * @param message    a sentence for the desk staff
 */
public record CalibrationResult(DeskLayout deskLayout, String message) {

    public boolean layoutsMatch() {
        return deskLayout == DeskLayout.US;
    }

    /** The layout to repair later scans with, when it is a known mismatch. */
    public Optional<DeskLayout> repairLayout() {
        return deskLayout == null || deskLayout == DeskLayout.US ? Optional.empty() : Optional.of(deskLayout);
    }
}
