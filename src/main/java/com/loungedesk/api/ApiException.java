package com.loungedesk.api;

/**
 * A backend call that did not give the answer asked for. The message is one sentence a person can
 * read; {@link #kind()} says what kind of trouble it is and {@link #mayRetry()} whether the same action
 * may be sent again later with the same Idempotency-Key (its outcome is unknown or the backend is busy).
 */
public final class ApiException extends Exception {

    public enum Kind {
        /** The backend understood the request and said no (unknown code, already redeemed, ...). */
        REFUSED(false),
        /** The key was refused or lacks the capability. */
        UNAUTHORIZED(false),
        /** The thing asked for does not exist. */
        NOT_FOUND(false),
        /** An illegal move, not cancellable, or an idempotency conflict. */
        CONFLICT(false),
        /** Too many requests / temporarily unavailable, still so after the allowed retries. */
        BUSY(true),
        /** The backend failed (5xx). */
        SERVER(true),
        /** Could not connect, connection lost, or no answer in time: the outcome is unknown. */
        UNREACHABLE(true),
        /** The answer could not be read (not JSON, cut off, wrong types). */
        BAD_RESPONSE(true),
        /** The desk's configuration does not allow the call (plain http to a remote host, no keys). */
        CONFIG(false);

        private final boolean mayRetry;

        Kind(boolean mayRetry) {
            this.mayRetry = mayRetry;
        }
    }

    private final Kind kind;
    private final String code;
    private final int httpStatus;

    public ApiException(Kind kind, String code, int httpStatus, String message) {
        this(kind, code, httpStatus, message, null);
    }

    public ApiException(Kind kind, String code, int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code == null ? "" : code;
        this.httpStatus = httpStatus;
    }

    public Kind kind() {
        return kind;
    }

    /** The backend's error code (OCTO {@code error} or the envelope {@code code}), or empty. */
    public String code() {
        return code;
    }

    /** The HTTP status, or 0 when no answer arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** True when the action may be sent again later with the same Idempotency-Key. */
    public boolean mayRetry() {
        return kind.mayRetry;
    }
}
