package com.loungedesk.redemption;

import com.loungedesk.util.DaemonThreads;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.JournalException;
import com.loungedesk.journal.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox still holds, oldest first, each with its own Idempotency-Key: at console
 * start, on {@code journal sync}, and every {@code every} while running. Stops a round at the first
 * entry for which the backend could not be reached (the rest would fail the same way); an entry kept
 * for another reason (its key is no longer configured, the backend is busy) does not block the others.
 */
public final class OutboxSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSync.class);
    /** Entries younger than this are being sent by the desk itself; a background round leaves them. */
    private static final Duration FRESH = Duration.ofSeconds(30);

    private final Journal journal;
    private final OutboxSender sender;
    private final Duration every;
    private ScheduledExecutorService scheduler;
    private final Map<String, Function<OutboxEntry, Delivery>> routes = new ConcurrentHashMap<>();

    public OutboxSync(Journal journal, OutboxSender sender, Duration every) {
        this.journal = journal;
        this.sender = sender;
        this.every = every;
    }

    /** Sends every pending entry now (the start-up and {@code journal sync} case). */
    public SyncReport syncOnce() {
        return round(false);
    }

    private SyncReport round(boolean skipFresh) {
        List<OutboxEntry> pending;
        try {
            pending = journal.outbox().pending();
        } catch (JournalException e) {
            return new SyncReport(0, 0, 0, e.getMessage());
        }
        int sent = 0;
        int refused = 0;
        int kept = 0;
        String message = "";
        boolean down = false;
        Instant freshSince = Instant.now().minus(FRESH);
        for (OutboxEntry e : pending) {
            if (skipFresh && e.attempts() == 0 && e.createdAt().isAfter(freshSince) && !routes.containsKey(e.action())) {
                continue;
            }
            if (down) {
                kept++;
                continue;
            }
            Delivery d = routes.getOrDefault(e.action(), entry -> sender.deliver(entry, false)).apply(e);
            switch (d.status()) {
                case DONE -> sent++;
                case REFUSED -> refused++;
                case KEPT, IN_FLIGHT -> {
                    kept++;
                    message = d.message();
                    down = d.backendDown();
                }
            }
        }
        if (sent + refused + kept > 0) {
            LOG.info("Outbox sync: {} sent, {} refused, {} still waiting", sent, refused, kept);
        }
        return new SyncReport(sent, refused, kept, message);
    }

    /** Entries of {@code action} go to {@code to} instead of the sender (offline admissions). */
    void route(String action, Function<OutboxEntry, Delivery> to) {
        routes.put(action, to);
    }

    /** How many actions wait to be sent (0 when the journal cannot be read). */
    public int pendingCount() {
        try {
            return journal.outbox().pendingCount();
        } catch (JournalException e) {
            LOG.warn("Could not count the outbox", e);
            return 0;
        }
    }

    /** Syncs at once, then every {@code every}, on a daemon thread. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("outbox-sync"));
        scheduler.execute(this::syncOnce);
        scheduler.scheduleWithFixedDelay(() -> round(true), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

}
