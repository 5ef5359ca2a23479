package com.loungedesk.staff;

import java.util.List;
import java.util.Set;

/**
 * Where the desk's security events go: the journal's hash-chained audit log in the running desk (the app
 * wiring implements this; staff does not know the journal). A write either is durable when
 * {@link #record} returns or throws, and the action it records is then refused.
 */
public interface SecurityLog {

    /** Writes one event durably. */
    void record(SecurityEvent event) throws SecurityLogException;

    /** The newest {@code max} events of the given kinds, newest first, with their times. */
    List<SecurityEvent> latest(Set<SecurityEvent.Kind> kinds, int max) throws SecurityLogException;
}
