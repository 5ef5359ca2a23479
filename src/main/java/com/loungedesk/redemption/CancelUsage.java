package com.loungedesk.redemption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.OrderStatusSource;
import com.loungedesk.api.SupplierRouter;
import com.loungedesk.journal.Journal;
import com.loungedesk.orders.OrderTracker;
import java.util.List;
import java.util.Optional;

/**
 * A supervisor cancels a usage (a walk-in 2 -> 3, or an un-redeemed booking; the entitlement comes
 * back) through the backend's undo capability: it is addressed by the id the desk shows, records the
 * supervisor as the operator where the backend takes one, and answers the order as it now is, which
 * the tracker merges at once. Written to the outbox with its Idempotency-Key before it is sent.
 */
public final class CancelUsage {

    private final OrderStatusSource orders;
    private final SupplierRouter router;
    private final OrderTracker tracker;
    private final Journal journal;
    private final OutboxSender sender;
    private final ObjectMapper json;

    public CancelUsage(OrderStatusSource orders, SupplierRouter router, OrderTracker tracker, Journal journal,
                       OutboxSender sender, ObjectMapper json) {
        this.orders = orders;
        this.router = router;
        this.tracker = tracker;
        this.journal = journal;
        this.sender = sender;
        this.json = json;
    }

    public Verdict cancel(DeskContext who, String orderId, CancelReason reason, String note, String supervisorId) {
        String id = orderId == null ? "" : orderId.strip();
        if (id.isEmpty() || id.length() > 100 || !id.matches("[A-Za-z0-9._-]+")) {
            return Verdict.of(VerdictKind.ERROR, "Give the id of the usage order to cancel.");
        }
        if (reason == null) {
            return Verdict.of(VerdictKind.ERROR, "Choose why the usage is cancelled.");
        }
        String text = note == null ? "" : note.replaceAll("\\p{Cntrl}", " ").strip();
        if (reason == CancelReason.OTHER && text.isEmpty()) {
            return Verdict.of(VerdictKind.ERROR, "Say why: the reason \"other\" needs a note.");
        }
        String actor = supervisorId == null || supervisorId.isBlank() ? who.operatorId() : supervisorId.strip();
        String key;
        try {
            key = owner(id).orElse(null);
        } catch (ApiException e) {
            return Verdict.of(VerdictKind.ERROR, e.getMessage() + " The cancel was not sent; try again.");
        }
        if (key == null) {
            return Verdict.of(VerdictKind.ERROR, "No usage order " + id + " for any supplier this desk serves.");
        }
        OutboxPayload payload = new OutboxPayload(null, null, 0, id,
                reason.name() + (text.isEmpty() ? "" : ": " + text), actor, SupplierRouter.fingerprint(key));
        Outboxes.Written written = Outboxes.write(journal, json, OutboxPayload.CANCEL, payload, who);
        if (written.entry() == null) {
            return Verdict.of(VerdictKind.ERROR, written.problem());
        }
        Delivery d = sender.deliver(written.entry(), true);
        return switch (d.status()) {
            case DONE -> new Verdict(VerdictKind.VALID, "Usage " + id + " cancelled; the entitlement was refunded.",
                    List.of(), id);
            case KEPT, IN_FLIGHT -> new Verdict(VerdictKind.QUEUED, "Queued: " + d.message()
                    + " The cancel will be sent automatically.", List.of(), id);
            case REFUSED -> new Verdict("40401".equals(d.errorCode()) || "INVALID_BOOKING_UUID".equals(d.errorCode())
                    ? VerdictKind.ERROR
                    : VerdictKind.NOT_REDEEMABLE, "Not cancelled: " + d.message(), List.of(), id);
        };
    }

    /** The key that owns the order: known to the tracker, the only key, or asked of each key. */
    private Optional<String> owner(String orderId) throws ApiException {
        if (tracker != null) {
            Optional<String> known = tracker.keyOf(orderId);
            if (known.isPresent()) {
                return known;
            }
        }
        if (router.keys().size() == 1) {
            return Optional.of(router.keys().get(0));
        }
        for (String k : router.keys()) {
            try {
                orders.order(k, orderId);
                return Optional.of(k);
            } catch (ApiException e) {
                if (e.kind() != ApiException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return Optional.empty();
    }
}
