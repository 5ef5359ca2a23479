package com.loungedesk.redemption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.journal.AuditEntry;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.JournalException;
import com.loungedesk.journal.OutboxEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an offline admission once the backend answers again, through the {@link RedemptionDesk} (so it
 * works whatever the backend type): a lookup of the reference, then one redeem of as many redeemable
 * bookings as people were let in, or of one booking with the rest as its guests. Driven by
 * {@link OutboxSync}'s rounds ({@link #attachTo}). The entry ends DONE (redeemed, or its redeem queued in
 * the outbox), REFUSED as "needs follow-up" with the backend's reason, or stays pending while the backend
 * cannot be reached. A redeem is sent once: its own outbox entry carries its Idempotency-Key.
 */
public final class OfflineAdmissionSender {

    /** The lookup source recorded for the sender's own lookups (not counted as failed scans). */
    public static final String SOURCE = "offline-admission";
    /** An admission the backend answers but cannot check this many times (a bad reference...) needs follow-up. */
    static final int GIVE_UP_AFTER = 5;
    private static final Logger LOG = LoggerFactory.getLogger(OfflineAdmissionSender.class);

    private final RedemptionDesk desk;
    private final Journal journal;
    private final ObjectMapper json;

    public OfflineAdmissionSender(RedemptionDesk desk, Journal journal, ObjectMapper json) {
        this.desk = desk;
        this.journal = journal;
        this.json = json;
    }

    /** Lets {@code sync} hand this sender the offline admissions of each round. */
    public void attachTo(OutboxSync sync) {
        sync.route(OfflineAdmissions.ACTION, this::send);
    }

    Delivery send(OutboxEntry entry) {
        OfflineAdmission a;
        try {
            a = json.readValue(entry.payload(), OfflineAdmission.class);
        } catch (IOException e) {
            LOG.error("Offline admission {} has an unreadable payload", entry.id(), e);
            return followUp(entry, null, "The saved admission could not be read.");
        }
        DeskContext who = new DeskContext(entry.deskId(), entry.operatorId(), null);
        LookupOutcome lookup = desk.lookup(who, a.reference(), SOURCE);
        if (lookup.failure() != null) {
            Verdict f = lookup.failure();
            return switch (f.kind()) {
                case OFFLINE -> kept(entry, f.message(), true);
                case ERROR, QUEUED -> entry.attempts() + 1 >= GIVE_UP_AFTER
                        ? followUp(entry, a, "The backend could not check this pass: " + f.message())
                        : kept(entry, f.message(), false);
                default -> followUp(entry, a, f.message().isBlank() ? "The backend does not know this pass." : f.message());
            };
        }
        List<PassBooking> open = lookup.bookings().stream().filter(PassBooking::redeemable).toList();
        if (open.isEmpty()) {
            PassBooking first = lookup.bookings().get(0);
            return followUp(entry, a, first.unredeemableReason().isBlank() ? "The pass cannot be redeemed now."
                    : first.unredeemableReason());
        }
        List<String> codes = new ArrayList<>();
        open.stream().limit(a.people()).forEach(b -> codes.add(b.redemptionCode()));
        int guests = codes.size() == 1 ? Math.min(a.people() - 1, open.get(0).guestsAllowed()) : 0;
        int covered = codes.size() + guests;
        Verdict v = desk.redeem(who, lookup, codes, guests);
        return switch (v.kind()) {
            case VALID, QUEUED -> covered < a.people()
                    ? followUp(entry, a, "Only " + covered + " of the " + a.people() + " people let in could be redeemed"
                            + " on this pass" + (v.orderId() == null ? "." : " (order " + v.orderId() + ")."))
                    : done(entry, a, v);
            case ERROR, OFFLINE -> kept(entry, v.message(), false);
            default -> followUp(entry, a, v.message().isBlank() ? "The backend refused the redemption." : v.message());
        };
    }

    private Delivery done(OutboxEntry entry, OfflineAdmission a, Verdict v) {
        String result = v.kind() == VerdictKind.VALID ? (v.orderId() == null ? "redeemed" : v.orderId())
                : "redeem queued";
        try {
            journal.outbox().markDone(entry.id(), result);
            audit(entry, a, "SENT", v.orderId(), result);
        } catch (JournalException e) {
            LOG.error("Offline admission {} was redeemed, but the journal could not record it", entry.id(), e);
        }
        return new Delivery(Delivery.Status.DONE, List.of(), v.orderId(), "", "Redeemed.", false);
    }

    private Delivery followUp(OutboxEntry entry, OfflineAdmission a, String reason) {
        try {
            journal.outbox().markRefused(entry.id(), reason);
            audit(entry, a, "FOLLOW_UP", "", reason);
        } catch (JournalException e) {
            LOG.error("Offline admission {} was refused, but the journal could not record it", entry.id(), e);
        }
        LOG.warn("Offline admission {} needs follow-up: {}", entry.id(), reason);
        return new Delivery(Delivery.Status.REFUSED, List.of(), null, "", reason, false);
    }

    private Delivery kept(OutboxEntry entry, String message, boolean backendDown) {
        LOG.info("Offline admission {} waits: {}", entry.id(), message);
        try {
            journal.outbox().markKept(entry.id(), message);
        } catch (JournalException e) {
            LOG.error("Could not record a failed send of offline admission {}", entry.id(), e);
        }
        return new Delivery(Delivery.Status.KEPT, List.of(), null, "", message, backendDown);
    }

    private void audit(OutboxEntry entry, OfflineAdmission a, String outcome, String orderId, String detail)
            throws JournalException {
        journal.audit().append(AuditEntry.of(entry.deskId(), entry.operatorId(), OfflineAdmissions.ACTION,
                a == null ? "" : a.reference(), outcome, 0, orderId, "key " + entry.idempotencyKey()
                        + (a == null ? "" : "; people " + a.people() + "; by " + a.supervisorId()) + "; " + detail));
    }
}
