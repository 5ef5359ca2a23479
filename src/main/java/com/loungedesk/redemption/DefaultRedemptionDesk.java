package com.loungedesk.redemption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.PassRedemption;
import com.loungedesk.api.SupplierRouter;
import com.loungedesk.journal.AuditEntry;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.JournalException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's use cases over the backend's capabilities, whatever its type. A lookup is routed to its
 * supplier key and journaled (a lookup that cannot be journaled is not shown: fail closed);
 * a redeem is checked against what the lookup showed, written to the outbox with a new
 * Idempotency-Key and only then sent; if the journal cannot be written nothing is sent.
 * Cancels go through {@link CancelUsage}.
 */
public final class DefaultRedemptionDesk implements RedemptionDesk {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultRedemptionDesk.class);
    private static final int MAX_REFERENCE = 512;

    private final PassRedemption redemption;
    private final SupplierRouter router;
    private final Journal journal;
    private final OutboxSender sender;
    private final ObjectMapper json;
    private final boolean validateMode;
    private final CancelUsage cancel;

    public DefaultRedemptionDesk(PassRedemption redemption, SupplierRouter router, Journal journal,
                                 OutboxSender sender, CancelUsage cancel, ObjectMapper json, boolean validateMode) {
        this.redemption = redemption;
        this.router = router;
        this.journal = journal;
        this.sender = sender;
        this.cancel = cancel;
        this.json = json;
        this.validateMode = validateMode;
    }

    @Override
    public LookupOutcome lookup(DeskContext who, String reference, String source) {
        String ref = reference == null ? "" : reference.replaceAll("\\p{Cntrl}", "").strip();
        LookupOutcome outcome = find(ref);
        String result = outcome.failure() != null ? outcome.failure().kind().name()
                : outcome.bookings().stream().anyMatch(PassBooking::redeemable) ? "FOUND"
                : BookingMapping.kindOfUnredeemable(outcome.bookings().get(0)).name();
        try {
            journal.audit().append(AuditEntry.of(who.deskId(), who.operatorId(), "LOOKUP",
                    ref.length() > MAX_REFERENCE ? ref.substring(0, MAX_REFERENCE) : ref, result, 0, "",
                    "source=" + source + "; bookings=" + outcome.bookings().size()));
        } catch (JournalException e) {
            LOG.error("A scan could not be journaled; its result is not shown", e);
            return failed(ref, VerdictKind.ERROR, "This scan could not be written to the journal (" + e.reason()
                    + "), so its result is not shown. Nothing was redeemed; try again, or call a supervisor.");
        }
        return outcome;
    }

    private LookupOutcome find(String ref) {
        if (ref.isEmpty()) {
            return failed(ref, VerdictKind.ERROR, "Nothing was scanned.");
        }
        if (ref.length() > MAX_REFERENCE) {
            return failed(ref, VerdictKind.UNKNOWN_PASS, "This code is too long to be a pass.");
        }
        try {
            Optional<String> key = router.keyFor(ref);
            if (key.isEmpty()) {
                return failed(ref, VerdictKind.UNKNOWN_PASS, "Not a pass of any supplier this desk serves.");
            }
            List<LookupItem> items = redemption.lookup(key.get(), ref);
            if (items.isEmpty()) {
                return failed(ref, VerdictKind.UNKNOWN_PASS, "No booking was found for this code.");
            }
            return new LookupOutcome(ref, BookingMapping.toPassBookings(items), null);
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.UNAUTHORIZED) {
                router.forget(ref);
            }
            return failed(ref, e.kind() == ApiException.Kind.UNREACHABLE ? VerdictKind.OFFLINE : VerdictKind.ERROR, e.getMessage());
        }
    }

    private static LookupOutcome failed(String ref, VerdictKind kind, String message) {
        return new LookupOutcome(ref, List.of(), Verdict.of(kind, message));
    }

    @Override
    public Verdict redeem(DeskContext who, LookupOutcome lookup, List<String> redemptionCodes, int guests) {
        boolean validating = validateMode && redemption.offersValidate(); // a backend probed late may decide it
        RedeemCheck.Result check = RedeemCheck.check(lookup, redemptionCodes, guests, validating);
        if (check.refusal() != null) {
            return check.refusal();
        }
        String key;
        try {
            key = router.keyFor(lookup.reference()).orElse(null);
        } catch (ApiException e) {
            return Verdict.of(VerdictKind.ERROR, e.getMessage());
        }
        if (key == null) {
            return Verdict.of(VerdictKind.UNKNOWN_PASS, "Not a pass of any supplier this desk serves.");
        }
        if (!validating) {
            return send(who, OutboxPayload.REDEEM, new OutboxPayload(lookup.reference(), redemptionCodes, guests,
                    null, null, who.operatorId(), SupplierRouter.fingerprint(key)), check.chosen());
        }
        Verdict last = null;
        for (String code : redemptionCodes) {
            last = send(who, OutboxPayload.VALIDATE, new OutboxPayload(lookup.reference(), List.of(code), 0, null,
                    null, who.operatorId(), SupplierRouter.fingerprint(key)), check.chosen());
            if (last.kind() != VerdictKind.VALID) {
                return last;
            }
        }
        return last;
    }

    private Verdict send(DeskContext who, String action, OutboxPayload payload, List<PassBooking> chosen) {
        Outboxes.Written written = Outboxes.write(journal, json, action, payload, who);
        if (written.entry() == null) {
            return Verdict.of(VerdictKind.ERROR, written.problem());
        }
        Delivery d = sender.deliver(written.entry(), true);
        return switch (d.status()) {
            case DONE -> Verdicts.redeemed(d, chosen, payload.guests());
            case KEPT, IN_FLIGHT -> new Verdict(VerdictKind.QUEUED, "Queued: " + d.message()
                    + " The redemption will be sent automatically.", chosen, null);
            case REFUSED -> new Verdict(BookingMapping.kindOfRefusal(d.errorCode()), d.message(),
                    d.bookings().isEmpty() ? chosen : BookingMapping.toPassBookings(d.bookings()), null);
        };
    }

    @Override
    public boolean validateOffered() {
        return redemption.offersValidate();
    }

    @Override
    public Verdict cancelUsage(DeskContext who, String orderId, CancelReason reason, String note, String supervisorId) {
        return cancel.cancel(who, orderId, reason, note, supervisorId);
    }
}
