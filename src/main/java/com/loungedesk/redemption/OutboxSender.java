package com.loungedesk.redemption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.Backend;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OrderDto;
import com.loungedesk.api.PassRedemption;
import com.loungedesk.api.RedeemRequest;
import com.loungedesk.api.SupplierRouter;
import com.loungedesk.api.UsageUndo;
import com.loungedesk.journal.AuditEntry;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.JournalException;
import com.loungedesk.journal.OutboxEntry;
import com.loungedesk.orders.OrderTracker;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one outbox entry through the backend's capabilities, the same request on every send (its own
 * Idempotency-Key, its first-send time), and records the end: DONE, REFUSED (a definite answer), or
 * kept PENDING for the next sync (no answer, or an answer that may change). Feeds the order tracker
 * with the result. One entry is never sent by two threads at once, nor by two processes: the entry is
 * claimed in the journal first, and one claimed by another live process is left to it.
 */
public final class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    /** Called after an entry is durably written and just before it is sent (tests pause here). */
    public interface SendGate {
        void beforeSend(OutboxEntry entry);
    }

    private final Backend backend;
    private final SupplierRouter router;
    private final Journal journal;
    private final OrderTracker tracker;
    private final ObjectMapper json;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private volatile SendGate gate = entry -> { };

    public OutboxSender(Backend backend, SupplierRouter router, Journal journal, OrderTracker tracker,
                        ObjectMapper json) {
        this.backend = backend;
        this.router = router;
        this.journal = journal;
        this.tracker = tracker;
        this.json = json;
    }

    public void setGate(SendGate gate) {
        this.gate = gate == null ? entry -> { } : gate;
    }

    /**
     * Sends an entry. {@code firstSend} is true only for the desk's own send right after writing it:
     * any other send (a sync, a restart) may follow one whose answer was lost.
     */
    Delivery deliver(OutboxEntry given, boolean firstSend) {
        if (!inFlight.add(given.id())) {
            return new Delivery(Delivery.Status.IN_FLIGHT, List.of(), null, "", "This action is being sent already.", false);
        }
        OutboxEntry entry = given;
        try {
            Optional<OutboxEntry> claimed = journal.outbox().claim(given.id());
            if (claimed.isEmpty()) {
                return new Delivery(Delivery.Status.IN_FLIGHT, List.of(), null, "",
                        "This action is being sent by another LoungeDesk process, or was sent already.", false);
            }
            entry = claimed.get();
            OutboxPayload p = json.readValue(entry.payload(), OutboxPayload.class);
            String key = router.keyById(p.keyId()).orElse(null);
            if (key == null) {
                return kept(entry, "The supplier key this action was made with is no longer configured.", false);
            }
            gate.beforeSend(entry);
            CrashPoint.reached(CrashPoint.AFTER_OUTBOX_WRITE);
            return switch (entry.action()) {
                case OutboxPayload.REDEEM -> redeemed(entry, p, key, firstSend);
                case OutboxPayload.VALIDATE -> validated(entry, p, key, firstSend);
                case OutboxPayload.CANCEL -> cancelled(entry, p, key, firstSend);
                default -> refused(entry, "", "Unknown action " + entry.action() + " in the outbox.", p);
            };
        } catch (ApiException e) {
            OutboxPayload p = payloadOrNull(entry);
            return e.mayRetry() ? kept(entry, e.getMessage(), e.kind() == ApiException.Kind.UNREACHABLE)
                    : refused(entry, e.code(), e.getMessage(), p);
        } catch (IOException e) {
            LOG.error("Outbox entry {} has an unreadable payload", entry.id(), e);
            return refused(entry, "", "The saved action could not be read.", null);
        } catch (JournalException e) {
            LOG.warn("Outbox entry {} could not be claimed; it was not sent", given.id(), e);
            return new Delivery(Delivery.Status.KEPT, List.of(), null, "", e.getMessage(), false);
        } finally {
            inFlight.remove(given.id());
        }
    }

    private Delivery redeemed(OutboxEntry entry, OutboxPayload p, String key, boolean firstSend)
            throws ApiException {
        PassRedemption.Redeemed r = backend.redemption().redeem(key, request(entry, p, firstSend));
        CrashPoint.reached(CrashPoint.AFTER_SEND);
        done(entry, p, r.orderId(), p.guests(), r.confirmedByLookup() ? "confirmed by lookup" : "");
        feedTracker(key, r.orderId());
        return new Delivery(Delivery.Status.DONE, r.bookings(), r.orderId(), "", "Redeemed.", false);
    }

    private Delivery validated(OutboxEntry entry, OutboxPayload p, String key, boolean firstSend)
            throws ApiException {
        PassRedemption.Validated r = backend.redemption().validate(key, request(entry, p, firstSend));
        List<LookupItem> items = r.booking() == null ? List.of() : List.of(r.booking());
        if (!r.valid()) {
            Delivery d = refused(entry, r.reasonCode(), r.reason().isBlank() ? "The pass is not valid." : r.reason(), p);
            return new Delivery(d.status(), items, null, d.errorCode(), d.message(), false);
        }
        done(entry, p, r.orderId(), 0, "");
        feedTracker(key, r.orderId());
        return new Delivery(Delivery.Status.DONE, items, r.orderId(), "", "Valid.", false);
    }

    private Delivery cancelled(OutboxEntry entry, OutboxPayload p, String key, boolean firstSend)
            throws ApiException {
        OrderDto order = backend.undo().undo(key, new UsageUndo.Request(p.orderId(), p.reason(), p.operatorId(),
                entry.idempotencyKey(), entry.createdAt(), !firstSend));
        CrashPoint.reached(CrashPoint.AFTER_SEND);
        done(entry, p, order.orderId(), 0, "");
        if (tracker != null) {
            tracker.acceptFromDesk(order, key);
        }
        return new Delivery(Delivery.Status.DONE, List.of(), order.orderId(), "", "Cancelled.", false);
    }

    private static RedeemRequest request(OutboxEntry entry, OutboxPayload p, boolean firstSend) {
        return new RedeemRequest(p.reference(), p.codes(), p.guests(), "desk " + entry.deskId(),
                entry.idempotencyKey(), entry.createdAt(), !firstSend);
    }

    private void feedTracker(String key, String orderId) {
        if (tracker == null || orderId == null) {
            return;
        }
        try {
            tracker.acceptFromDesk(backend.orders().order(key, orderId), key);
        } catch (ApiException e) {
            LOG.info("Order {} will come with the next poll ({})", orderId, e.getMessage());
        }
    }

    private void done(OutboxEntry entry, OutboxPayload p, String orderId, int guests, String how) {
        try {
            if (journal.outbox().markDone(entry.id(), orderId == null ? "" : orderId)) {
                audit(entry, "DONE", guests, orderId, p, how); // one entry per effect, whoever sent it
            }
        } catch (JournalException e) {
            LOG.error("Sent, but the journal could not record it; the next sync resends it with the same key", e);
        }
    }

    private Delivery refused(OutboxEntry entry, String code, String message, OutboxPayload p) {
        try {
            if (journal.outbox().markRefused(entry.id(), message)) {
                audit(entry, "REFUSED", 0, p == null ? "" : p.orderId(), p,
                        (code.isEmpty() ? "" : code + ": ") + message);
            }
        } catch (JournalException e) {
            LOG.error("Refused, but the journal could not record it", e);
        }
        return new Delivery(Delivery.Status.REFUSED, List.of(), null, code, message, false);
    }

    private Delivery kept(OutboxEntry entry, String message, boolean backendDown) {
        try {
            journal.outbox().markKept(entry.id(), message);
            if (entry.attempts() == 0) {
                OutboxPayload p = payloadOrNull(entry);
                audit(entry, "QUEUED", 0, p == null ? "" : p.orderId(), p, message);
            }
        } catch (JournalException e) {
            LOG.error("Could not record a failed send; the entry stays pending", e);
        }
        if (tracker != null) {
            tracker.refreshHealth();
        }
        return new Delivery(Delivery.Status.KEPT, List.of(), null, "", message, backendDown);
    }

    private void audit(OutboxEntry entry, String outcome, int guests, String orderId, OutboxPayload p, String detail)
            throws JournalException {
        String reference = p == null ? "" : p.orderId() != null ? p.orderId() : String.join(" ", p.codes());
        String facts = "key " + entry.idempotencyKey()
                + (p != null && p.reason() != null ? "; reason " + p.reason() + "; by " + p.operatorId() : "");
        journal.audit().append(AuditEntry.of(entry.deskId(), entry.operatorId(), entry.action(), reference, outcome,
                guests, orderId, facts + (detail.isEmpty() ? "" : "; " + detail)));
    }

    private OutboxPayload payloadOrNull(OutboxEntry entry) {
        try {
            return json.readValue(entry.payload(), OutboxPayload.class);
        } catch (IOException e) {
            LOG.warn("Unreadable outbox payload {}", entry.id(), e);
            return null;
        }
    }
}
