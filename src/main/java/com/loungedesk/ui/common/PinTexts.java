package com.loungedesk.ui.common;

import com.loungedesk.staff.PinCheck;

/** The one sentence for a refused supervisor PIN check (sign-in, cancel, protected settings). */
public final class PinTexts {

    private PinTexts() {
    }

    /** Why {@code check} (not OK) refused {@code supervisor}. */
    public static String refusal(Texts texts, PinCheck check, String supervisor) {
        return switch (check.result()) {
            case LOCKED -> texts.get("pin.locked", Math.max(1, (check.lockedFor().getSeconds() + 59) / 60));
            case UNKNOWN_SUPERVISOR -> texts.get("pin.unknownSupervisor", supervisor, check.triesLeft());
            case NOT_RECORDED -> texts.get("pin.notRecorded");
            case WRONG_PIN, OK -> texts.get("pin.wrong", check.triesLeft());
        };
    }
}
