package com.loungedesk.redemption;

/**
 * Fault-test hook: started with {@code -Dloungedesk.haltAt=STEP}, the process halts at once (as if
 * killed with -9: no shutdown hooks, no flushing) when a redeem or cancel reaches STEP. Unset, it does
 * nothing. The steps are the three moments a kill can split a staff action.
 */
final class CrashPoint {

    static final String BEFORE_OUTBOX_WRITE = "before-outbox-write";
    static final String AFTER_OUTBOX_WRITE = "after-outbox-write";
    static final String AFTER_SEND = "after-send";

    private static final String HALT_AT = System.getProperty("loungedesk.haltAt", "");

    private CrashPoint() {
    }

    static void reached(String step) {
        if (HALT_AT.equals(step)) {
            System.out.println("HALT " + step);
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }
    }
}
