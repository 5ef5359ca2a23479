package com.loungedesk.redemption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.JournalException;
import com.loungedesk.journal.OutboxEntry;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a staff action to the outbox with a new Idempotency-Key (one per staff action). */
final class Outboxes {

    private static final Logger LOG = LoggerFactory.getLogger(Outboxes.class);

    private Outboxes() {
    }

    /** The entry written, or (entry null) the sentence saying why it could not be. */
    record Written(OutboxEntry entry, String problem) {
    }

    static Written write(Journal journal, ObjectMapper json, String action, Object payload, DeskContext who) {
        CrashPoint.reached(CrashPoint.BEFORE_OUTBOX_WRITE);
        String idempotencyKey = "ld-" + who.deskId().replaceAll("[^A-Za-z0-9-]", "") + "-" + UUID.randomUUID();
        try {
            return new Written(journal.outbox().add(action, idempotencyKey, json.writeValueAsString(payload),
                    who.deskId(), who.operatorId()), "");
        } catch (JournalException e) {
            LOG.error("Outbox write failed; the action was not sent", e);
            return new Written(null, e.getMessage());
        } catch (JsonProcessingException e) {
            LOG.error("Outbox payload could not be written", e);
            return new Written(null, "The action could not be recorded; nothing was sent.");
        }
    }
}
