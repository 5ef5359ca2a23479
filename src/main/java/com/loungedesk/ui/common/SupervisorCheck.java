package com.loungedesk.ui.common;

import com.loungedesk.staff.SupervisorPins;
import java.util.function.Consumer;

/**
 * A supervisor's PIN checked in the background for one action (the desk's lockout and audit apply), the
 * typed PIN wiped afterwards; only a passed check goes on to the action, a refused one is said in a
 * sentence. Shared by every sheet that asks for a supervisor (cancel, offline admission).
 */
public final class SupervisorCheck {

    private SupervisorCheck() {
    }

    /**
     * @param passed  called on the FX thread when the PIN is right
     * @param refused called on the FX thread with the sentence why not (wrong PIN, locked, not recorded)
     * @param failed  called on the FX thread when the check itself could not run
     */
    public static void run(TaskRunner runner, SupervisorPins pins, Texts texts, String supervisor, char[] secret,
                           String action, Runnable passed, Consumer<String> refused, Runnable failed) {
        runner.run("pin check", () -> {
            try {
                return pins.check(supervisor, secret, action);
            } finally {
                SupervisorPins.wipe(secret);
            }
        }, check -> {
            if (check.ok()) {
                passed.run();
            } else {
                refused.accept(PinTexts.refusal(texts, check, supervisor));
            }
        }, e -> failed.run());
    }
}
