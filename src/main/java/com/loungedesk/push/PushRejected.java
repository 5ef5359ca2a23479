package com.loungedesk.push;

/** A push the receiver refuses: the HTTP status to answer and a reason for the log. */
public final class PushRejected extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    public PushRejected(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public PushRejected(int status, String reason, Throwable cause) {
        super(reason, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
