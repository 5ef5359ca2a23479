package com.loungedesk.journal;

/** The local journal could not be read or written; the message is a sentence for people. */
public final class JournalException extends Exception {
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
