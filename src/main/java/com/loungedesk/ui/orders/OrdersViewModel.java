package com.loungedesk.ui.orders;

import com.loungedesk.orders.FeedHealth;
import com.loungedesk.orders.FeedState;
import com.loungedesk.orders.OrderChange;
import com.loungedesk.orders.OrderFeed;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.UsageOrder;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The live orders table. Feed news arrives on background threads; it is queued and applied on the UI
 * thread in one batch per hop. Rows whose status changed are highlighted for a few seconds.
 */
public final class OrdersViewModel implements OrderFeed.Listener {

    static final Duration HIGHLIGHT = Duration.ofSeconds(4);
    /** News reaches the table at most this often: nobody reads faster, and each batch re-lays the visible rows. */
    public static final Duration PACE = Duration.ofMillis(250);

    /** Runs an action after a delay, on any thread. */
    public interface Later {
        void run(Duration delay, Runnable action);

        /** The JDK's shared delay scheduler. */
        static Later shared() {
            return (delay, action) -> CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(action);
        }
    }

    private final OrderFeed feed;
    private final TaskRunner runner;
    private final Clock clock;
    private final Texts texts;
    private final ObservableList<OrderRow> rows = FXCollections.observableArrayList();
    private final FilteredList<OrderRow> visible = new FilteredList<>(rows, r -> true);
    private final Map<String, OrderRow> byId = new HashMap<>();
    private final ObjectProperty<OrderStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<FeedHealth> health = new SimpleObjectProperty<>();
    private final StringProperty connection = new SimpleStringProperty("");
    private final StringProperty sources = new SimpleStringProperty("");
    private final ConcurrentLinkedQueue<OrderChange> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean hopScheduled = new AtomicBoolean();
    private final Duration pace;
    private final Later later;
    private volatile Instant lastDrain = Instant.EPOCH; // long ago: the first news goes straight through

    /** News is applied as soon as the UI thread runs the hop (no pacing). */
    public OrdersViewModel(OrderFeed feed, TaskRunner runner, Clock clock, Texts texts) {
        this(feed, runner, clock, texts, Duration.ZERO, Later.shared());
    }

    /** News is applied at most once per {@code pace}; {@code later} waits out the rest of it. */
    public OrdersViewModel(OrderFeed feed, TaskRunner runner, Clock clock, Texts texts, Duration pace, Later later) {
        this.feed = feed;
        this.runner = runner;
        this.clock = clock;
        this.texts = texts;
        this.pace = pace;
        this.later = later;
        statusFilter.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
    }

    /** Subscribes, then loads the current orders and health in the background. */
    public void start() {
        feed.addListener(this);
        runner.run("orders snapshot", () -> new Snapshot(feed.snapshot(), feed.health()), s -> {
            Instant now = clock.instant();
            applyAll(s.orders().stream().map(o -> new OrderChange(null, o, o.updatedAt() == null ? now : o.updatedAt()))
                    .toList());
            showHealth(s.health());
            tick();
        }, e -> connection.set(texts.get("orders.loadFailed")));
    }

    public void stop() {
        feed.removeListener(this);
    }

    private record Snapshot(List<UsageOrder> orders, FeedHealth health) {
    }

    @Override
    public void ordersChanged(List<OrderChange> changes) {
        inbox.addAll(changes);
        if (hopScheduled.compareAndSet(false, true)) {
            Duration wait = Duration.between(clock.instant(), lastDrain.plus(pace));
            if (wait.isNegative() || wait.isZero()) {
                runner.onUi(this::drainInbox);
            } else {
                later.run(wait.compareTo(pace) > 0 ? pace : wait, () -> runner.onUi(this::drainInbox));
            }
        }
    }

    @Override
    public void healthChanged(FeedHealth h) {
        runner.onUi(() -> showHealth(h));
    }

    /** One batch of news, one list change: adding rows one by one re-ran the sort and filter per row. */
    private void drainInbox() {
        hopScheduled.set(false);
        Instant now = clock.instant();
        lastDrain = now;
        List<OrderChange> batch = new ArrayList<>();
        for (OrderChange c; (c = inbox.poll()) != null; ) {
            batch.add(c);
        }
        // only the rows this batch touched get their "updated … ago" now; the others wait for the next tick
        Map<Long, String> agoBySecond = new HashMap<>();
        applyAll(batch).forEach(r -> r.refresh(now, agoText(r, now, agoBySecond)));
        showSources(now);
    }

    /** Applies the changes as one list change; returns the rows they added or updated. */
    private List<OrderRow> applyAll(List<OrderChange> changes) {
        List<OrderRow> added = new ArrayList<>();
        List<OrderRow> touched = new ArrayList<>();
        for (OrderChange c : changes) {
            apply(c, added, touched);
        }
        if (!added.isEmpty()) {
            java.util.Collections.reverse(added); // newest first, as each row used to be put on top
            rows.addAll(0, added);
        }
        if (touched.size() > added.size() && filtering()) {
            refilter(); // an updated row may now pass or fail the filter
        }
        return touched;
    }

    /** Applies one change; a new row also goes to {@code added}; every row it reaches goes to {@code touched}. */
    private void apply(OrderChange change, List<OrderRow> added, List<OrderRow> touched) {
        UsageOrder o = change.current();
        OrderRow row = byId.get(o.orderId());
        Instant seen = change.seenAt() == null ? clock.instant() : change.seenAt();
        if (row == null) {
            row = new OrderRow(o, seen);
            byId.put(o.orderId(), row);
            added.add(row);
            touched.add(row);
        } else if (o.revision() >= row.order().revision()) {
            boolean changed = row.order().status() != o.status();
            row.update(o, seen, changed, clock.instant().plus(HIGHLIGHT));
            touched.add(row);
        }
    }

    private void showHealth(FeedHealth h) {
        health.set(h);
        if (h == null) {
            return;
        }
        String state = texts.get("feed." + h.state().name());
        connection.set(h.queuedActions() > 0 || h.state() != FeedState.ONLINE
                ? texts.get("feed.withQueue", state, h.queuedActions()) : state);
        showSources(clock.instant());
    }

    /** Which sources of news are live and when each last brought news. */
    String sourcesText(FeedHealth h, Instant now) {
        return h.polls().isEmpty() ? texts.get("feed.sources", news(h.lastGoodPoll(), now), news(h.lastPushNews(), now))
                : texts.get("feed.sourcesOf", news(h.lastGoodPoll(), now), news(h.lastPushNews(), now), h.polls());
    }

    private String news(Instant at, Instant now) {
        return at == null ? texts.get("feed.noNews") : texts.get("feed.ago", age(Duration.between(at, now)));
    }

    /** Once a second: "updated 3 s ago" texts, highlight expiry and the chip's source ages. */
    public void tick() {
        Instant now = clock.instant();
        Map<Long, String> agoBySecond = new HashMap<>(); // 10,000 rows share a handful of distinct ages
        rows.forEach(r -> r.refresh(now, agoText(r, now, agoBySecond)));
        showSources(now);
    }

    private void showSources(Instant now) {
        FeedHealth h = health.get();
        if (h != null) {
            sources.set(sourcesText(h, now));
        }
    }

    private String agoText(OrderRow r, Instant now, Map<Long, String> agoBySecond) {
        return agoBySecond.computeIfAbsent(Duration.between(r.seenAt(), now).getSeconds(),
                seconds -> ago(Duration.ofSeconds(seconds)));
    }

    private String age(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return texts.get("age.seconds", s);
        }
        return s < 3600 ? texts.get("age.minutes", s / 60) : texts.get("age.hours", s / 3600);
    }

    String ago(Duration d) {
        return texts.get("orders.ago", age(d));
    }

    private boolean filtering() {
        return statusFilter.get() != null || (search.get() != null && !search.get().isBlank());
    }

    private void refilter() {
        OrderStatus wanted = statusFilter.get();
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        visible.setPredicate(r -> (wanted == null || r.order().status() == wanted) && (q.isEmpty() || matches(r.order(), q)));
    }

    private static boolean matches(UsageOrder o, String q) {
        return contains(o.orderId(), q) || contains(o.bookingReference(), q) || contains(o.resourceName(), q)
                || contains(o.transportHubName(), q) || o.redemptionCodes().stream().anyMatch(c -> contains(c, q));
    }

    private static boolean contains(String field, String q) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(q);
    }

    public ObservableList<OrderRow> visibleRows() { return visible; }
    public ObservableList<OrderRow> allRows() { return rows; }
    public ObjectProperty<OrderStatus> statusFilterProperty() { return statusFilter; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<FeedHealth> healthProperty() { return health; }
    public StringProperty sourcesProperty() { return sources; }
    public StringProperty connectionProperty() { return connection; }
}
