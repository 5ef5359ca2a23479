package com.loungedesk.journal;

/**
 * The local journal could not be read or written; the message is a sentence for people. A failed write
 * also says why in a few words ({@link #reason()}: "it is read-only", "the disk is full", "another
 * program kept it locked"...), so that a caller can say truthfully what was and was not done, e.g.
 * refuse a lookup whose audit entry could not be written.
 */
public final class JournalException extends Exception {

    private final String reason;

    public JournalException(String message, Throwable cause) {
        this(message, message, cause);
    }

    public JournalException(String message, String reason, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why, in a few words (for a write failure), or the whole sentence. */
    public String reason() {
        return reason;
    }
}
