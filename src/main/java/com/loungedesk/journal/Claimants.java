package com.loungedesk.journal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may hold an outbox claim: an open journal of this process, or a process of this machine that is
 * still running ("pid:tag"). A claim by a journal that was closed, or by a process that was killed, ends
 * at once, so a restarted desk sends what its predecessor left without waiting for the lease.
 */
final class Claimants {

    private static final Set<String> OPEN_HERE = ConcurrentHashMap.newKeySet();

    private Claimants() {
    }

    static void opened(String claimant) {
        OPEN_HERE.add(claimant);
    }

    static void closed(String claimant) {
        OPEN_HERE.remove(claimant);
    }

    static boolean alive(String claimant) {
        int colon = claimant.indexOf(':');
        long pid;
        try {
            pid = Long.parseLong(colon < 0 ? claimant : claimant.substring(0, colon));
        } catch (NumberFormatException unknownShape) {
            return true;
        }
        if (pid == ProcessHandle.current().pid()) {
            return OPEN_HERE.contains(claimant);
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
