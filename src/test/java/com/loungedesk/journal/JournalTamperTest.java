package com.loungedesk.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attacker who can write the journal file but does not hold the desk key: every rewrite that the
 * plain SHA-256 chain could not see (the later hashes and the in-database head recomputed) is found.
 */
class JournalTamperTest {

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Journal open() throws JournalException {
        return Journal.open(data(), dir.resolve("config"));
    }

    private VerifyResult verify() throws JournalException {
        try (Journal j = Journal.openReadOnly(data(), dir.resolve("config"))) {
            return j.audit().verify();
        }
    }

    private void write(int n) throws Exception {
        try (Journal j = open()) {
            for (int i = 0; i < n; i++) {
                j.audit().append(AuditEntry.of("desk-1", "op", i % 2 == 0 ? "LOOKUP" : "REDEEM", "REF" + i,
                        i % 2 == 0 ? "FOUND" : "DONE", i % 2, "", "detail " + i));
            }
        }
    }

    private void sql(String... statements) throws Exception {
        PlainChainForger.sql(data().resolve(Journal.FILE_NAME), statements);
    }

    private void recomputePlainChain(long fromId) throws Exception {
        PlainChainForger.recompute(data().resolve(Journal.FILE_NAME), fromId);
    }

    @Test
    void anEditWithEveryLaterHashAndTheHeadRecomputedIsFound() throws Exception {
        write(5);
        sql("UPDATE audit SET outcome = 'UNKNOWN_PASS' WHERE id = 3");
        recomputePlainChain(3);
        VerifyResult r = verify();
        assertFalse(r.intact(), r.message());
        assertEquals(3, r.firstBadId(), r.message());
    }

    @Test
    void aTruncatedChainWithItsHeadMovedBackIsFound() throws Exception {
        write(5);
        sql("DELETE FROM audit WHERE id >= 4");
        recomputePlainChain(Long.MAX_VALUE);
        VerifyResult r = verify();
        assertFalse(r.intact(), r.message());
        assertEquals("The last entries (after 3) were deleted.", r.message());
    }

    @Test
    void aWipedJournalIsFound() throws Exception {
        write(3);
        sql("DELETE FROM audit", "DELETE FROM audit_head");
        VerifyResult r = verify();
        assertFalse(r.intact(), r.message());
        assertEquals("The journal had 3 entries and now has none.", r.message());
    }

    @Test
    void droppedTablesAreReportedAndNotQuietlyRecreated() throws Exception {
        write(3);
        sql("DROP TABLE audit", "DROP TABLE audit_head");
        VerifyResult r = verify();
        assertFalse(r.intact(), r.message());
        assertEquals("The journal had 3 entries and its tables are gone.", r.message());
        JournalException e = assertThrows(JournalException.class, this::open);
        assertTrue(e.getMessage().contains("had 3 entries"), e.getMessage());
    }

    @Test
    void reorderedEntriesAreFound() throws Exception {
        write(4);
        sql("UPDATE audit SET id = -2 WHERE id = 2", "UPDATE audit SET id = 2 WHERE id = 3",
                "UPDATE audit SET id = 3 WHERE id = -2");
        recomputePlainChain(2);
        VerifyResult r = verify();
        assertFalse(r.intact(), r.message());
        assertEquals(2, r.firstBadId(), r.message());
    }

    @Test
    void aMovedTimeIsFoundAlthoughOnlyAtMsChanged() throws Exception {
        write(3);
        sql("UPDATE audit SET at_ms = 0 WHERE id = 2");
        VerifyResult r = verify();
        assertFalse(r.intact(), r.message());
        assertEquals(2, r.firstBadId());
    }

    @Test
    void aMovedTimeNoLongerHidesARedeemFromTheShiftSummary() throws Exception {
        write(2);
        sql("UPDATE audit SET at = '1999-01-01T00:00:00Z', at_ms = 915148800000 WHERE id = 2");
        recomputePlainChain(2);
        try (Journal j = open()) {
            assertTrue(j.shifts().summary(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(5)).stream()
                    .allMatch(row -> row.redeemed() == 0), "the redeem is hidden from today's summary");
        }
        assertFalse(verify().intact(), "but verify tells");
    }

    @Test
    void appendingToATruncatedJournalIsRefusedSoTheEvidenceStays() throws Exception {
        write(5);
        sql("DELETE FROM audit WHERE id >= 4");
        recomputePlainChain(Long.MAX_VALUE);
        try (Journal j = open()) {
            JournalException e = assertThrows(JournalException.class,
                    () -> j.audit().append(AuditEntry.of("desk-1", "op", "LOOKUP", "R", "FOUND", 0, "", "")));
            assertTrue(e.getMessage().contains("outside head"), e.getMessage());
        } catch (JournalException refusedAtOpen) {
            assertTrue(refusedAtOpen.getMessage().contains("outside head"), refusedAtOpen.getMessage());
        }
        assertEquals("The last entries (after 3) were deleted.", verify().message());
    }
}
