package com.loungedesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.PushRecovery;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.push.PushEvent;
import com.loungedesk.push.PushLedger;
import com.loungedesk.push.PushReceiver;
import com.loungedesk.push.PushVerifier;
import com.loungedesk.push.PushKeys;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's second source of live status: the push receiver, fed into the same order tracker as
 * polling; on the embedded sandbox it subscribes itself, and on start it asks the provider for what it
 * missed ({@code /push/events?since=}) so a gap never leaves the table wrong.
 */
final class PushLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PushLink.class);
    private static final List<String> EVENTS = List.of(PushEvent.WALKIN, PushEvent.PREBOOKING);
    private static final Duration RECOVERY_OVERLAP = Duration.ofMinutes(10);

    private final PushLedger ledger;
    private final PushReceiver receiver;
    private final PushRecovery events;
    private final OrderTracker tracker;
    private final List<String> keys;
    private final Clock clock;

    private PushLink(PushLedger ledger, PushReceiver receiver, PushRecovery events, OrderTracker tracker,
                     List<String> keys, Clock clock) {
        this.ledger = ledger;
        this.receiver = receiver;
        this.events = events;
        this.tracker = tracker;
        this.keys = keys;
        this.clock = clock;
    }

    static PushLink start(DeskSettings.PushSettings push, String baseUrl, List<String> keys, ClientServices services,
                          Path dataDir, boolean subscribeOnSandbox) throws SQLException {
        PushVerifier verifier = new PushVerifier(keys(push, baseUrl));
        PushLedger ledger = new PushLedger(dataDir.resolve("push.db"));
        OrderTracker tracker = services.tracker();
        Clock clock = Clock.systemUTC();
        PushReceiver receiver = new PushReceiver(verifier, ledger,
                event -> tracker.acceptPushed(PushOrders.toUsageOrder(event)), clock);
        try {
            receiver.start(push.bindAddress(), push.port());
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
        PushLink link = new PushLink(ledger, receiver, services.backend().pushes(), tracker, keys, clock);
        LOG.info("Push receiver listening on {}:{}", push.bindAddress(), receiver.port());
        if (subscribeOnSandbox) {
            link.subscribe("http://" + push.bindAddress() + ":" + receiver.port() + PushReceiver.PATH);
        }
        return link;
    }

    /**
     * The provider's keys: the configured PEM files (each with its kid), else the configured JWKS URL, else
     * the backend's own JWKS (the LoungeDesk sandbox publishes one). Throws with a sentence when unusable.
     */
    static JWKSource<SecurityContext> keys(DeskSettings.PushSettings push, String baseUrl) {
        if (!push.publicKeys().isEmpty()) {
            List<PushKeys.KeyFile> files = new ArrayList<>();
            for (DeskSettings.PublicKeyFile f : push.publicKeys()) {
                if (f == null || f.pemFile() == null || f.pemFile().isBlank()) {
                    throw new IllegalArgumentException("Push keys: every entry of publicKeys needs a pemFile.");
                }
                files.add(new PushKeys.KeyFile(f.kid(), Path.of(f.pemFile())));
            }
            LOG.info("Push keys: {} PEM file(s), kids {}", files.size(),
                    files.stream().map(PushKeys.KeyFile::kid).toList());
            return PushKeys.fromPemFiles(files);
        }
        String jwks = push.jwksUrl().isEmpty() ? baseUrl + "/.well-known/jwks.json" : push.jwksUrl();
        LOG.info("Push keys: from the JWKS at {}", jwks);
        return PushKeys.fromJwksUrl(jwks);
    }

    int port() {
        return receiver.port();
    }

    private void subscribe(String url) {
        for (String key : keys) {
            try {
                events.subscribe(key, url, EVENTS);
            } catch (ApiException e) {
                LOG.warn("Could not register the push receiver with the sandbox: {}", e.getMessage());
            }
        }
    }

    /** Asks for every event since shortly before the last one received; records and applies the new ones. */
    int recover() {
        int applied = 0;
        if (!events.offered()) {
            LOG.info("This backend keeps no push events to recover; pushes received from now on still apply.");
            return 0;
        }
        try {
            Instant since = ledger.lastReceivedAt().map(t -> t.minus(RECOVERY_OVERLAP)).orElse(null);
            for (String key : keys) {
                for (JsonNode row : events.since(key, since)) {
                    applied += applyRecovered(row) ? 1 : 0;
                }
            }
        } catch (ApiException e) {
            LOG.warn("Push recovery failed; polling still brings every change: {}", e.getMessage());
        } catch (SQLException e) {
            LOG.warn("Push recovery could not use the push ledger", e);
        }
        return applied;
    }

    private boolean applyRecovered(JsonNode row) throws SQLException {
        PushEvent event;
        try {
            event = PushEvent.parse(row.path("payload"), row.path("eventId").asText(null));
        } catch (IllegalArgumentException e) {
            LOG.warn("Skipped a recovered push event that is not one: {}", e.getMessage());
            return false;
        }
        return ledger.applyOnce(null, event, row.path("payload").toString(), clock.instant(),
                e -> tracker.acceptPushed(PushOrders.toUsageOrder(e))) == PushLedger.Outcome.RECORDED;
    }

    @Override
    public void close() throws SQLException {
        receiver.close();
        ledger.close();
    }
}
