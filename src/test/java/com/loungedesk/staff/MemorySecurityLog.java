package com.loungedesk.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A security log in memory for view-model tests; {@link #failWrites} makes every write fail, as a full disk would. */
public final class MemorySecurityLog implements SecurityLog {

    private final List<SecurityEvent> events = new ArrayList<>();
    public volatile boolean failWrites;

    @Override
    public synchronized void record(SecurityEvent event) throws SecurityLogException {
        if (failWrites) {
            throw new SecurityLogException("The audit log could not be written (the disk is full)", null);
        }
        events.add(new SecurityEvent(event.kind(), event.who(), event.outcome(), event.detail(), Instant.now()));
    }

    @Override
    public synchronized List<SecurityEvent> latest(Set<SecurityEvent.Kind> kinds, int max) {
        List<SecurityEvent> found = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0 && found.size() < max; i--) {
            if (kinds.contains(events.get(i).kind())) {
                found.add(events.get(i));
            }
        }
        return found;
    }

    /** Everything written so far, oldest first. */
    public synchronized List<SecurityEvent> events() {
        return List.copyOf(events);
    }

    /** "KIND who outcome" for each event, oldest first. */
    public synchronized List<String> lines() {
        return events.stream().map(e -> e.kind() + " " + e.who() + " " + e.outcome()).toList();
    }
}
