package com.loungedesk.ui.scan;

import com.loungedesk.redemption.VerdictKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How each verdict looks: a CSS pseudo-class (its colour) and a distinct icon, so colour is never the only cue. */
public final class VerdictLook {

    private VerdictLook() {
    }

    /** The pseudo-class for a verdict, e.g. "verdict-already-used"; "verdict-none" when idle. */
    public static String pseudoClass(VerdictKind kind) {
        return kind == null ? "verdict-none" : "verdict-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> allPseudoClasses() {
        List<String> all = new java.util.ArrayList<>(Arrays.stream(VerdictKind.values()).map(VerdictLook::pseudoClass).toList());
        all.add(pseudoClass(null));
        return all;
    }

    /** An Ikonli Material 2 icon literal per verdict. */
    public static String icon(VerdictKind kind) {
        if (kind == null) {
            return "mdmz-qr_code_scanner";
        }
        return switch (kind) {
            case VALID -> "mdal-check_circle";
            case ALREADY_USED -> "mdal-history";
            case UNKNOWN_PASS -> "mdal-help_outline";
            case NOT_REDEEMABLE -> "mdal-block";
            case QUEUED -> "mdal-cloud_upload";
            case OFFLINE -> "mdal-cloud_off";
            case ERROR -> "mdal-error_outline";
        };
    }
}
