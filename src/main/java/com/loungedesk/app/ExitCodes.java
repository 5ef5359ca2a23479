package com.loungedesk.app;

import com.loungedesk.redemption.VerdictKind;

/** Exit codes a script can rely on. */
final class ExitCodes {
    static final int DONE = 0;
    static final int ERROR = 1;
    static final int REFUSED = 2;
    static final int QUEUED = 3;

    private ExitCodes() {
    }

    static int of(VerdictKind kind) {
        return switch (kind) {
            case VALID -> DONE;
            case QUEUED -> QUEUED;
            case ALREADY_USED, UNKNOWN_PASS, NOT_REDEEMABLE -> REFUSED;
            case ERROR, OFFLINE -> ERROR;
        };
    }
}
