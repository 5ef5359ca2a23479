package com.loungedesk.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's push endpoint ({@code POST /dragonpass/events}). Verifies the token (header or body, see
 * {@link PushVerifier}), hands a new event on, then records it durably; answers {@code {"status":"success"}}
 * only once the event was applied and recorded (or was a duplicate of one that was). An event whose
 * applying throws gets 503 and is not recorded, so the provider's retry applies it. Unsigned, forged,
 * expired or replayed pushes get 401; malformed or oversize bodies 400 / 413; nothing crashes it.
 */
public final class PushReceiver implements AutoCloseable {

    public static final String PATH = "/dragonpass/events";
    private static final Logger LOG = LoggerFactory.getLogger(PushReceiver.class);
    private static final long MAX_BODY = 64 * 1024;

    private final PushVerifier verifier;
    private final PushLedger ledger;
    private final Consumer<PushEvent> onEvent;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private Javalin server;

    public PushReceiver(PushVerifier verifier, PushLedger ledger, Consumer<PushEvent> onEvent, Clock clock) {
        this.verifier = verifier;
        this.ledger = ledger;
        this.onEvent = onEvent;
        this.clock = clock;
    }

    /** Starts listening; port 0 picks a free port. Binding beyond loopback is logged as a warning. */
    public synchronized PushReceiver start(String host, int port) {
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"::1".equals(host)) {
            LOG.warn("Push receiver listens on {} (not loopback): other machines on that network can reach it", host);
        }
        server = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_BODY;
        });
        server.post(PATH, this::handle);
        server.exception(Exception.class, (e, ctx) -> {
            LOG.warn("push receiver failed on a request", e);
            answer(ctx, 500, "error", "internal error");
        });
        server.start(host, port);
        return this;
    }

    public int port() {
        return server.port();
    }

    private void handle(Context ctx) {
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY) {
            reject(ctx, new PushRejected(413, "push body larger than " + MAX_BODY + " bytes"));
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        try {
            PushVerifier.Verified token = verifier.verify(ctx.header("Authorization"), body);
            PushEvent event = parse(token.event(), token.eventId());
            PushLedger.Outcome outcome = ledger.applyOnce(token.jti(), event, token.event().toString(),
                    clock.instant(), onEvent);
            switch (outcome) {
                case REPLAYED_TOKEN -> throw new PushRejected(401, "replayed push token " + token.jti());
                case DUPLICATE_EVENT -> LOG.info("push {} of order {} (status {}, token {}, kid {}) seen before;"
                        + " acknowledged again", event.eventType(), event.orderId(), event.status(), token.carrier(),
                        token.keyId());
                case RECORDED -> LOG.info("push {} of order {} (status {}, token {}, kid {}) applied",
                        event.eventType(), event.orderId(), event.status(), token.carrier(), token.keyId());
                default -> throw new IllegalStateException(outcome.name());
            }
            answer(ctx, 200, "success", null);
        } catch (PushRejected e) {
            reject(ctx, e);
        } catch (SQLException e) {
            LOG.error("push could not be recorded; the sender will retry", e);
            answer(ctx, 503, "error", "could not record the event");
        } catch (RuntimeException e) {
            LOG.error("push could not be applied; answered 503 so the sender retries it", e);
            answer(ctx, 503, "error", "could not apply the event");
        }
    }

    private PushEvent parse(JsonNode node, String eventId) throws PushRejected {
        try {
            return PushEvent.parse(node, eventId);
        } catch (IllegalArgumentException e) {
            throw new PushRejected(400, "malformed push: " + e.getMessage(), e);
        }
    }

    private void reject(Context ctx, PushRejected e) {
        LOG.warn("push rejected ({}): {}", e.status(), e.getMessage());
        answer(ctx, e.status(), "error", e.getMessage());
    }

    private void answer(Context ctx, int status, String word, String message) {
        ctx.status(status).contentType("application/json");
        try {
            ctx.result(message == null ? json.writeValueAsString(java.util.Map.of("status", word))
                    : json.writeValueAsString(java.util.Map.of("status", word, "message", message)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.result("{\"status\":\"" + word + "\"}");
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
