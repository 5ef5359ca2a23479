package com.loungedesk.staff;

/** The security log could not be written or read; the message is a sentence for people. */
public final class SecurityLogException extends Exception {

    public SecurityLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
