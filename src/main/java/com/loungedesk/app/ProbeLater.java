package com.loungedesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.Backend;
import com.loungedesk.api.BackendType;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OrderChanges;
import com.loungedesk.api.OrderDto;
import com.loungedesk.api.OrderStatusSource;
import com.loungedesk.api.PassRedemption;
import com.loungedesk.api.PushRecovery;
import com.loungedesk.api.RedeemRequest;
import com.loungedesk.api.UsageUndo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A backend of type {@code auto} that could not be reached at start and was never probed before: every
 * capability first asks for the real backend, which is probed on the first call that reaches it and
 * kept. Until then each call fails as unreachable, so the desk does what it does when a backend is
 * down (OFFLINE verdicts, the outbox keeps what it was given). Status polls of a backend found to be a
 * plain OCTO supplier keep that type's gentler pace although the tracker was started at the feed's.
 */
final class ProbeLater {

    /** Finds the real backend (probing it); throws as unreachable while it cannot be reached. */
    interface Finder {
        Backend find() throws ApiException;
    }

    private final Finder finder;
    private final Clock clock;
    private final Duration octoPace;
    private volatile Backend found;
    private Instant lastOctoPoll = Instant.MIN;

    private ProbeLater(Finder finder, Clock clock, Duration octoPace) {
        this.finder = finder;
        this.clock = clock;
        this.octoPace = octoPace;
    }

    static Backend backend(Finder finder, Clock clock, Duration octoPace, String base) {
        ProbeLater later = new ProbeLater(finder, clock, octoPace);
        return new Backend(BackendType.LOUNGEDESK, later.new Redemption(), later::undo, later.new Orders(),
                later.new Pushes(), "backend at " + base + ", of a type not known yet (it could not be reached at "
                + "start); probed on the first call that reaches it");
    }

    private synchronized Backend real() throws ApiException {
        if (found == null) {
            found = finder.find();
        }
        return found;
    }

    private OrderDto undo(String apiKey, UsageUndo.Request request) throws ApiException {
        return real().undo().undo(apiKey, request);
    }

    private <T> T orElse(Supplier<T> ifFound, T otherwise) {
        return found == null ? otherwise : ifFound.get();
    }

    private final class Redemption implements PassRedemption {
        @Override
        public String credentials(String reference, List<String> apiKeys) throws ApiException {
            return real().redemption().credentials(reference, apiKeys);
        }

        @Override
        public List<LookupItem> lookup(String apiKey, String reference) throws ApiException {
            return real().redemption().lookup(apiKey, reference);
        }

        @Override
        public Redeemed redeem(String apiKey, RedeemRequest request) throws ApiException {
            return real().redemption().redeem(apiKey, request);
        }

        @Override
        public Validated validate(String apiKey, RedeemRequest request) throws ApiException {
            return real().redemption().validate(apiKey, request);
        }

        @Override
        public boolean admitsGuests() {
            return orElse(() -> found.redemption().admitsGuests(), false);
        }

        @Override
        public boolean offersValidate() {
            return orElse(() -> found.redemption().offersValidate(), false);
        }
    }

    private final class Orders implements OrderStatusSource {
        @Override
        public OrderChanges changedSince(String apiKey, Instant since) throws ApiException {
            Backend b = real();
            if (b.type() == BackendType.OCTO) {
                synchronized (ProbeLater.this) {
                    Instant now = clock.instant();
                    if (now.isBefore(lastOctoPoll.plus(octoPace))) {
                        return new OrderChanges(List.of(), 0, now); // a supplier is asked at its own pace
                    }
                    lastOctoPoll = now;
                }
            }
            return b.orders().changedSince(apiKey, since);
        }

        @Override
        public OrderDto order(String apiKey, String orderId) throws ApiException {
            return real().orders().order(apiKey, orderId);
        }

        @Override
        public String describe() {
            return orElse(() -> found.orders().describe(), "the backend, once it can be reached");
        }
    }

    private final class Pushes implements PushRecovery {
        @Override
        public List<JsonNode> since(String apiKey, Instant since) throws ApiException {
            return real().pushes().since(apiKey, since);
        }

        @Override
        public String subscribe(String apiKey, String url, List<String> events) throws ApiException {
            return real().pushes().subscribe(apiKey, url, events);
        }

        @Override
        public boolean offered() {
            return orElse(() -> found.pushes().offered(), true);
        }
    }
}
