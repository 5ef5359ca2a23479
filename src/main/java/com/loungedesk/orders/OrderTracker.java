package com.loungedesk.orders;

import com.loungedesk.util.DaemonThreads;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.OrderChanges;
import com.loungedesk.api.OrderDto;
import com.loungedesk.api.OrderStatusSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live usage orders. Asks the backend's order status source for each supplier key what changed
 * (passing the greatest updatedAt seen, so on a change feed an idle poll is one request per key however
 * many orders are tracked), about every {@code interval}; while the backend fails it backs off with
 * jitter up to {@code maxBackoff} and snaps back on the first good answer. News from the desk's own
 * actions and from pushes is merged the same way ({@link OrderMerge}). Listeners are called on the
 * caller's or the poller's thread. The poll, push and desk paths may run at once: the last good poll
 * times and the health are only read and published under one lock.
 */
public final class OrderTracker implements OrderFeed, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrderTracker.class);

    /** Poll timing and bounds. {@code initialSince} null = fetch every order the key owns at first. */
    public record Settings(Duration interval, Duration maxBackoff, int offlineAfterFailures, int capacity,
                           Instant initialSince) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(2), Duration.ofSeconds(30), 3, 20_000, null);
        }

        /** The same, polling every {@code every} (backing off to at least that). */
        public Settings withInterval(Duration every) {
            return new Settings(every, maxBackoff.compareTo(every) < 0 ? every : maxBackoff, offlineAfterFailures,
                    capacity, initialSince);
        }
    }

    private final OrderStatusSource client;
    private final List<String> keys;
    private final Settings settings;
    private final Clock clock;
    private final IntSupplier queuedActions;
    private final OrderBook book;
    private final CancelWindowBook cancelWindows;
    private final Instant[] since;
    private final Instant[] lastGoodPollOfKey;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object pollLock = new Object();
    private final Object healthLock = new Object();
    private volatile FeedHealth health;
    private volatile int failures;
    private volatile int lastPollRequests;
    private Instant lastPush;
    private ScheduledExecutorService scheduler;

    public OrderTracker(OrderStatusSource client, List<String> keys, Settings settings, Clock clock,
                        IntSupplier queuedActions) {
        this.client = client;
        this.keys = List.copyOf(keys);
        this.settings = settings;
        this.clock = clock;
        this.queuedActions = queuedActions;
        this.book = new OrderBook(settings.capacity());
        this.cancelWindows = new CancelWindowBook(settings.capacity());
        this.since = new Instant[this.keys.size()];
        java.util.Arrays.fill(since, settings.initialSince());
        this.lastGoodPollOfKey = new Instant[this.keys.size()];
        this.health = new FeedHealth(FeedState.RETRYING, null, null, 0, "Connecting to the backend…", polls());
    }

    /** Starts polling on a daemon thread; the first poll runs at once. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("order-tracker"));
        scheduler.execute(this::pollAndReschedule);
    }

    /** Stops polling; tracked orders stay readable. */
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

    private void pollAndReschedule() {
        boolean good = pollOnce();
        ScheduledExecutorService s;
        synchronized (this) {
            s = scheduler;
        }
        if (s != null && !s.isShutdown()) {
            s.schedule(this::pollAndReschedule, nextDelay(good ? 0 : failures).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The wait before the next poll after {@code failures} failures in a row (jittered, capped). */
    Duration nextDelay(int failuresInARow) {
        if (failuresInARow == 0) {
            return settings.interval();
        }
        long base = settings.interval().toMillis() << Math.min(failuresInARow, 16);
        long capped = Math.min(base, settings.maxBackoff().toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** One poll of every key, now, on the caller's thread. True when every key answered. */
    public boolean pollOnce() {
        synchronized (pollLock) {
            List<OrderChange> changes = new ArrayList<>();
            String problem = "";
            int requests = 0;
            for (int i = 0; i < keys.size(); i++) {
                try {
                    OrderChanges news = client.changedSince(keys.get(i), since[i]);
                    requests += news.requests();
                    Instant now = clock.instant();
                    List<UsageOrder> orders = new ArrayList<>(news.orders().size());
                    for (OrderDto dto : news.orders()) {
                        orders.add(OrderMapping.toUsageOrder(dto));
                        cancelWindows.note(dto);
                        if (since[i] == null || dto.updatedAt().isAfter(since[i])) {
                            since[i] = dto.updatedAt();
                        }
                    }
                    changes.addAll(book.apply(orders, NewsSource.POLL, i, now));
                    synchronized (healthLock) {
                        lastGoodPollOfKey[i] = now;
                    }
                } catch (ApiException e) {
                    requests++;
                    problem = e.getMessage();
                    LOG.info("Order poll failed: {}", problem);
                }
            }
            lastPollRequests = requests;
            boolean good = problem.isEmpty();
            failures = good ? 0 : failures + 1;
            notifyOrders(changes);
            updateHealth(good ? "" : problem);
            return good;
        }
    }

    /** The desk's own result (a redeem's new order, a cancel's answer), owned by {@code apiKey}. */
    public List<OrderChange> acceptFromDesk(OrderDto order, String apiKey) {
        cancelWindows.note(order);
        List<OrderChange> changes = book.apply(List.of(OrderMapping.toUsageOrder(order)), NewsSource.DESK,
                keys.indexOf(apiKey), clock.instant());
        notifyOrders(changes);
        return changes;
    }

    /** News from a push event (may lack a revision and some fields). */
    public List<OrderChange> acceptPushed(UsageOrder order) {
        Instant now = clock.instant();
        synchronized (healthLock) {
            lastPush = now;
        }
        List<OrderChange> changes = book.apply(List.of(order), NewsSource.PUSH, -1, now);
        notifyOrders(changes);
        refreshHealth();
        return changes;
    }

    public Optional<TrackedOrder> tracked(String orderId) {
        OrderBook.Entry e = book.get(orderId);
        if (e == null) {
            return Optional.empty();
        }
        Instant confirmed = e.seenAt();
        Instant poll;
        synchronized (healthLock) {
            poll = e.keyIndex() >= 0 ? lastGoodPollOfKey[e.keyIndex()] : null;
        }
        if (poll != null && poll.isAfter(confirmed)) {
            confirmed = poll;
        }
        return Optional.of(new TrackedOrder(e.order(), e.source(), e.seenAt(), confirmed,
                Duration.between(confirmed, clock.instant())));
    }

    /** Until when the provider lets this usage be cancelled, when it set a window. */
    public Optional<Instant> cancellableUntil(String orderId) {
        return cancelWindows.until(orderId);
    }

    /** The supplier key that owns an order, when the desk learned it from that key. */
    public Optional<String> keyOf(String orderId) {
        OrderBook.Entry e = book.get(orderId);
        return e == null || e.keyIndex() < 0 ? Optional.empty() : Optional.of(keys.get(e.keyIndex()));
    }

    /** Requests the last poll took (1 per key when idle). */
    public int lastPollRequests() {
        return lastPollRequests;
    }

    public int size() {
        return book.size();
    }

    @Override
    public List<UsageOrder> snapshot() {
        return book.snapshot();
    }

    @Override
    public FeedHealth health() {
        return health;
    }

    /** Re-reads the outbox count into the health (after the desk queued or sent an action). */
    public void refreshHealth() {
        updateHealth(null);
    }

    /** What is polled and how often, for the connection chip. */
    private String polls() {
        long s = settings.interval().toSeconds();
        return client == null ? "" : client.describe() + (s > 0 ? " every " + s + " s" : "");
    }

    /**
     * Says on the connection line what kind of backend this is and how that was decided (e.g. "octo,
     * probed"), after what is polled.
     */
    public void describeBackend(String kind) {
        synchronized (healthLock) {
            health = new FeedHealth(health.state(), health.lastGoodPoll(), health.lastPushNews(),
                    health.queuedActions(), health.message(), polls() + " (" + kind + ")");
        }
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Publishes the health with {@code message} (null = keep the current one). Computing, publishing and
     * telling the listeners happen under one lock, so a slower path can never publish an older health
     * over a newer one, and listeners hear healths in the order they were published (listeners only hand
     * the news on; they never call back in).
     */
    private void updateHealth(String message) {
        int queued = queuedActions.getAsInt();
        FeedHealth next;
        synchronized (healthLock) {
            int f = failures;
            FeedState state = f == 0 ? FeedState.ONLINE : f < settings.offlineAfterFailures() ? FeedState.RETRYING
                    : FeedState.OFFLINE;
            Instant lastGood = null;
            for (Instant t : lastGoodPollOfKey) {
                lastGood = t != null && (lastGood == null || t.isAfter(lastGood)) ? t : lastGood;
            }
            next = new FeedHealth(state, lastGood, lastPush, queued, message != null ? message : health.message(),
                    health.polls());
            if (next.equals(health)) {
                return;
            }
            health = next;
            for (Listener l : listeners) {
                try {
                    l.healthChanged(next);
                } catch (RuntimeException e) {
                    LOG.warn("An order listener failed on a health change", e);
                }
            }
        }
    }

    private void notifyOrders(List<OrderChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        for (Listener l : listeners) {
            try {
                l.ordersChanged(changes);
            } catch (RuntimeException e) {
                LOG.warn("An order listener failed", e);
            }
        }
    }
}
