package com.loungedesk.sandbox;

import com.loungedesk.util.DaemonThreads;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due outbox deliveries to subscribers. Deliveries of different orders go out in parallel;
 * one order's deliveries to one subscriber never overlap and go oldest first. Success is HTTP 200
 * with {@code {"status":"success"}}; anything else is retried with doubling gaps, then parked.
 */
final class PushDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PushDispatcher.class);

    private final Database db;
    private final Outbox outbox;
    private final PushSigner signer;
    private final PushSettings settings;
    private final OkHttpClient http;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("push-poller"));
    private final ExecutorService workers;

    PushDispatcher(Database db, Outbox outbox, PushSigner signer, PushSettings settings) {
        this.db = db;
        this.outbox = outbox;
        this.signer = signer;
        this.settings = settings;
        this.workers = Executors.newFixedThreadPool(settings.workers(), DaemonThreads.named("push-worker"));
        this.http = new OkHttpClient.Builder().callTimeout(settings.attemptTimeout())
                .retryOnConnectionFailure(false).followRedirects(false).build();
    }

    void start() {
        poller.scheduleWithFixedDelay(this::poll, 0, 100, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            List<Outbox.Delivery> due = db.tx(c -> outbox.due(c, Timestamps.nowMicros(), 100));
            for (Outbox.Delivery d : due) {
                String group = d.subscriberId() + "|" + d.orderId();
                if (inFlight.add(group)) {
                    workers.execute(() -> deliver(d, group));
                }
            }
        } catch (RuntimeException e) {
            LOG.error("push poll failed", e);
        }
    }

    private void deliver(Outbox.Delivery d, String group) {
        try {
            int attempt = d.attempts() + 1;
            String error = send(d, attempt);
            long now = Timestamps.nowMicros();
            if (error == null) {
                db.tx(c -> {
                    outbox.delivered(c, d.id(), attempt, now);
                    return null;
                });
                LOG.info("push {} ({} of order {}) delivered to subscriber {} on attempt {}", d.eventId(),
                        d.eventType(), d.orderId(), d.subscriberId(), attempt);
                return;
            }
            Long next = attempt >= settings.maxAttempts() ? null
                    : now + settings.delayAfter(attempt).toNanos() / 1_000;
            db.tx(c -> {
                outbox.failed(c, d.id(), attempt, error, next);
                return null;
            });
            if (next == null) {
                LOG.warn("push {} to subscriber {} failed {} times and is parked: {}", d.eventId(), d.subscriberId(),
                        attempt, error);
            } else {
                LOG.info("push {} to subscriber {} failed (attempt {}): {}; retrying", d.eventId(), d.subscriberId(),
                        attempt, error);
            }
        } catch (RuntimeException e) {
            LOG.error("push {} could not be processed", d.eventId(), e);
        } finally {
            inFlight.remove(group);
        }
    }

    /** One attempt; null on success, else what went wrong. */
    private String send(Outbox.Delivery d, int attempt) {
        PushSigner.Signed signed = signer.sign(d);
        Request.Builder rb = new Request.Builder().url(d.url())
                .post(RequestBody.create(signed.body(), MediaType.get(signed.contentType())));
        if (signed.authorization() != null) {
            rb.header("Authorization", signed.authorization());
        }
        if (!signer.style().dragonPass()) {
            rb.header("X-Event-Id", d.eventId()).header("X-Event-Type", d.eventType())
                    .header("X-Delivery-Attempt", Integer.toString(attempt));
        }
        Request request = rb.build();
        try (Response r = http.newCall(request).execute()) {
            String text = r.body() == null ? "" : r.body().string();
            if (r.code() != 200) {
                return "HTTP " + r.code();
            }
            JsonNode answer = Json.MAPPER.readTree(text);
            if (answer != null && answer.isObject() && "success".equals(answer.path("status").asText(null))) {
                return null;
            }
            return "HTTP 200 without {\"status\":\"success\"}";
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(settings.attemptTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        http.connectionPool().evictAll();
        http.dispatcher().executorService().shutdown();
    }
}
