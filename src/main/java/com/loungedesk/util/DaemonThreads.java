package com.loungedesk.util;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads: background work that must never keep the process alive on exit. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A factory whose threads are called {@code name} (the first) then {@code name-2}, {@code name-3}... */
    public static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            int i = n.incrementAndGet();
            return daemon(r, i == 1 ? name : name + "-" + i);
        };
    }

    /** A daemon thread, not yet started. */
    public static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Starts {@code r} on a new daemon thread. */
    public static Thread start(String name, Runnable r) {
        Thread t = daemon(r, name);
        t.start();
        return t;
    }
}
