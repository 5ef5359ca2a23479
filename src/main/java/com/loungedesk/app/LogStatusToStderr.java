package com.loungedesk.app;

import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import java.io.PrintStream;

/**
 * Logback's own status messages: warnings and errors (a log file that cannot be opened, say) as one line
 * each on stderr, the rest dropped. Registered before anything else is set up, it also keeps Logback from
 * printing its whole status list on stdout when it sees a warning at start, so stdout carries only a
 * command's output.
 */
final class LogStatusToStderr implements StatusListener {

    private final PrintStream err;

    LogStatusToStderr(PrintStream err) {
        this.err = err;
    }

    @Override
    public void addStatusEvent(Status status) {
        if (status.getEffectiveLevel() >= Status.WARN) {
            Throwable cause = status.getThrowable();
            err.println("LoungeDesk logging: " + status.getMessage() + (cause == null ? "" : " (" + cause + ")"));
        }
    }

    @Override
    public boolean isResetResistant() {
        return true;
    }
}
