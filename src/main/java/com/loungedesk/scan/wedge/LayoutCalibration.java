package com.loungedesk.scan.wedge;

import java.util.Optional;

/**
 * The wedge calibration code (printed from {@code assets/calibration/}) and what a scan of it says
 * about the scanner's keyboard layout against the desk's.
 */
public final class LayoutCalibration {
    /** The calibration payload: letters, digits and symbols that move between common layouts. */
    public static final String CODE = "LDCAL qazwym QAZWYM 1234567890 @\"#/-.";
    private static final String[] SUSPECT = {"é", "è", "ç", "à", "§", "£", "ß", "¬", "ö", "ä", "ü", "Ö", "Ä", "Ü",
        "²", "ù", "°"};

    private LayoutCalibration() {
    }

    /** The verdict on a scan, or empty when the scan is not the calibration code at all. */
    public static Optional<CalibrationResult> check(String scanned) {
        for (DeskLayout layout : DeskLayout.values()) {
            if (layout.mangle(CODE).equals(scanned)) {
                return Optional.of(new CalibrationResult(layout, layout == DeskLayout.US
                        ? "Scanner and desk keyboard layouts match."
                        : "The scanner types as a US keyboard but this desk uses the " + layout.label()
                        + " layout: set the scanner to " + layout.label() + ", or scans will be repaired for it."));
            }
        }
        if (scanned.length() == CODE.length() && scanned.startsWith("LDC")) {
            return Optional.of(new CalibrationResult(null, "The scanner's keyboard layout does not match this desk, "
                    + "and it is not a layout we can repair (US, UK, French AZERTY, German QWERTZ): "
                    + "set the scanner to the desk's layout."));
        }
        return Optional.empty();
    }

    /** True when a scan holds characters a US-layout scanner only produces on a mismatched desk layout. */
    public static boolean looksMangled(String scanned) {
        for (String s : SUSPECT) {
            if (scanned.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
