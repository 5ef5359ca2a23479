package com.loungedesk.ui.scan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Scans that arrived while a dialog was open or a lookup was running: kept in order and run when the
 * desk is free again. When full, a scan is refused (and the desk says so), never silently dropped.
 */
public final class PendingScans {

    /** One scan waiting its turn. */
    public record Scan(String text, String source) {
    }

    private final int capacity;
    private final Deque<Scan> waiting = new ArrayDeque<>();
    private final IntegerProperty count = new SimpleIntegerProperty();

    public PendingScans(int capacity) {
        this.capacity = capacity;
    }

    /** @return false when the queue is full and the scan was refused */
    public boolean offer(Scan scan) {
        if (waiting.size() >= capacity) {
            return false;
        }
        waiting.addLast(scan);
        count.set(waiting.size());
        return true;
    }

    public Optional<Scan> poll() {
        Scan next = waiting.pollFirst();
        count.set(waiting.size());
        return Optional.ofNullable(next);
    }

    public IntegerProperty countProperty() {
        return count;
    }
}
