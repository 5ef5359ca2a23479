package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.journal.OutboxEntry;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.FollowUp;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.OperatorShift;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.ui.testkit.RealBackend;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline admission end to end on the real client stack and a real sandbox behind a proxy that goes down:
 * OFFLINE at lookup, admissions recorded and capped per shift, sent once as lookup + redeem when the backend
 * answers again, refusals listed for follow-up and counted in the shift summary.
 */
class OfflineAdmissionTest {

    @TempDir
    Path dir;

    private static final DeskContext ANA = new DeskContext("desk-1", "ana", "Ana");

    @Test
    void admittedOfflineThenSentOnceAndRefusalsNeedFollowUp() throws Exception {
        try (RealBackend real = new RealBackend(dir, 3)) {
            real.proxy.down(true);
            LookupOutcome offline = real.client.desk().lookup(ANA, DemoPasses.WALKIN_EPASS, "typed");
            assertEquals(VerdictKind.OFFLINE, offline.failure().kind(), offline.failure().message());

            var admissions = real.client.offlineAdmissions();
            assertEquals(VerdictKind.QUEUED, admissions.admit(ANA, DemoPasses.WALKIN_EPASS, "sup-1", "network down", 2).kind());
            assertEquals(VerdictKind.QUEUED, admissions.admit(ANA, DemoPasses.SPENT_EPASS, "sup-1", "card seen", 1).kind());
            assertEquals(VerdictKind.QUEUED, admissions.admit(ANA, "NOT-A-PASS-42", "sup-1", "said it was fine", 1).kind());
            Verdict fourth = admissions.admit(ANA, DemoPasses.WALKIN_EPASS, "sup-1", "again", 1);
            assertEquals(VerdictKind.NOT_REDEEMABLE, fourth.kind(), "the shift's limit of 3 is reached");
            assertTrue(fourth.message().contains("limit of 3"), fourth.message());
            assertEquals(VerdictKind.ERROR, admissions.admit(ANA, DemoPasses.WALKIN_EPASS, "sup-1", "", 1).kind(),
                    "a reason is needed");

            var whileDown = real.client.outboxSync().syncOnce();
            assertEquals(0, whileDown.sent() + whileDown.refused(), "nothing is decided while the backend is down");
            assertEquals(3, admissions.waiting());
            assertEquals(0, real.proxy.redeemsForwarded());

            real.proxy.down(false);
            var back = real.client.outboxSync().syncOnce();
            assertEquals(1, back.sent(), back.toString());
            assertEquals(2, back.refused(), back.toString());
            assertEquals(0, admissions.waiting());
            assertEquals(1, real.proxy.redeemsForwarded());
            real.client.outboxSync().syncOnce();
            assertEquals(1, real.proxy.redeemsForwarded(), "sent once");

            OutboxEntry sent = real.client.journal().outbox().all().stream()
                    .filter(e -> e.action().equals("OFFLINE_ADMISSION") && e.state() == OutboxEntry.State.DONE)
                    .findFirst().orElseThrow();
            assertTrue(sent.result().startsWith("DP"), sent.result());

            List<FollowUp> followUps = admissions.followUps();
            assertEquals(2, followUps.size());
            assertEquals("NOT-A-PASS-42", followUps.get(0).admission().reference());
            assertEquals(DemoPasses.SPENT_EPASS, followUps.get(1).admission().reference());
            assertTrue(followUps.get(1).refusal().contains("no visits left"), followUps.get(1).refusal());
            List<OperatorShift> shift = real.client.shiftReport().summary(Instant.EPOCH, Instant.now().plusSeconds(5));
            assertEquals(1, shift.size(), shift.toString());
            assertEquals(2, shift.get(0).followUps());
            assertEquals(1, shift.get(0).redeemed());
            assertEquals(1, shift.get(0).guests(), "2 people on one e-pass: the holder and one guest");
            assertEquals(1, shift.get(0).failedScans(), "only the desk's own OFFLINE scan, not the sender's lookups");
        }
    }
}
