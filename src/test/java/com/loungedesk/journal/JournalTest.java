package com.loungedesk.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private static AuditEntry entry(String operator, String kind, String outcome, int guests) {
        return AuditEntry.of("desk-1", operator, kind, "REF", outcome, guests, "", "detail");
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Journal.FILE_NAME));
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private void write(int n) throws Exception {
        try (Journal j = Journal.open(dir, dir.resolve("config"))) {
            for (int i = 0; i < n; i++) {
                j.audit().append(entry("op", "LOOKUP", "FOUND", 0));
            }
        }
    }

    private VerifyResult verify() throws Exception {
        try (Journal j = Journal.openReadOnly(dir, dir.resolve("config"))) {
            return j.audit().verify();
        }
    }

    @Test
    void anUntouchedChainVerifies() throws Exception {
        write(5);
        VerifyResult r = verify();
        assertTrue(r.intact(), r.message());
        assertEquals(5, r.entries());
    }

    @Test
    void anEditedEntryIsFound() throws Exception {
        write(5);
        sql("UPDATE audit SET outcome = 'DONE' WHERE id = 3");
        VerifyResult r = verify();
        assertFalse(r.intact());
        assertEquals(3, r.firstBadId());
        assertEquals("Entry 3 was edited after it was written.", r.message());
    }

    @Test
    void aDeletedEntryIsFound() throws Exception {
        write(5);
        sql("DELETE FROM audit WHERE id = 2");
        VerifyResult r = verify();
        assertFalse(r.intact());
        assertEquals("Entry 2 is missing (deleted).", r.message());
    }

    @Test
    void aDeletedTailIsFound() throws Exception {
        write(5);
        sql("DELETE FROM audit WHERE id >= 4");
        assertEquals("The last entries (after 3) were deleted.", verify().message());
    }

    @Test
    void aBrokenLinkIsFound() throws Exception {
        write(3);
        sql("UPDATE audit SET prev_hash = 'x' WHERE id = 2");
        assertEquals("Entry 2 does not follow the entry before it.", verify().message());
    }

    @Test
    void aRewrittenChainStillFailsOnTheLinks() throws Exception {
        write(4);
        sql("UPDATE audit SET operator = 'someone-else', guests = 9 WHERE id = 2");
        PlainChainForger.recompute(dir.resolve(Journal.FILE_NAME), 2);
        VerifyResult r = verify();
        assertFalse(r.intact(), r.message());
        assertEquals(2, r.firstBadId());
        assertEquals(1, r.entries(), "entry 1 is still good");
        assertEquals("Entry 2 was edited after it was written.", r.message());
    }

    @Test
    void theOutboxKeepsStatesAcrossReopening() throws Exception {
        try (Journal j = Journal.open(dir, dir.resolve("config"))) {
            OutboxEntry a = j.outbox().add("REDEEM", "key-a", "{}", "desk-1", "op");
            OutboxEntry b = j.outbox().add("CANCEL", "key-b", "{}", "desk-1", "op");
            j.outbox().add("REDEEM", "key-c", "{}", "desk-1", "op");
            j.outbox().markDone(a.id(), "DP1");
            j.outbox().markRefused(b.id(), "Not cancellable");
            assertThrows(JournalException.class, () -> j.outbox().add("REDEEM", "key-c", "{}", "d", "o"),
                    "one entry per idempotency key");
        }
        try (Journal j = Journal.open(dir, dir.resolve("config"))) {
            List<OutboxEntry> pending = j.outbox().pending();
            assertEquals(1, pending.size());
            assertEquals("key-c", pending.get(0).idempotencyKey());
            j.outbox().markKept(pending.get(0).id(), "no answer");
            OutboxEntry c = j.outbox().byKey("key-c").orElseThrow();
            assertEquals(OutboxEntry.State.PENDING, c.state());
            assertEquals(1, c.attempts());
            assertEquals("no answer", c.lastError());
            assertEquals(OutboxEntry.State.REFUSED, j.outbox().byKey("key-b").orElseThrow().state());
        }
    }

    @Test
    void aReadOnlyJournalRefusesWritesWithASentence() throws Exception {
        write(1);
        try (Journal j = Journal.openReadOnly(dir, dir.resolve("config"))) {
            JournalException e = assertThrows(JournalException.class,
                    () -> j.outbox().add("REDEEM", "k", "{}", "d", "o"));
            assertTrue(e.getMessage().startsWith("The local journal cannot be written (it is read-only)"), e.getMessage());
            JournalException audit = assertThrows(JournalException.class,
                    () -> j.audit().append(entry("op", "LOOKUP", "FOUND", 0)), "an audit entry that cannot be written throws");
            assertEquals("it is read-only", audit.reason());
        }
    }

    @Test
    void aJournalInAReadOnlyFolderIsVerifiedAndExported() throws Exception {
        Path data = dir.resolve("data");
        try (Journal j = Journal.open(data, dir.resolve("config"))) {
            j.audit().append(entry("op", "LOOKUP", "FOUND", 0));
            j.audit().append(entry("op", "REDEEM", "DONE", 1));
        }
        try (ReadOnlyFolder ro = ReadOnlyFolder.of(data)) {
            assumeTrue(ro.holds(), "this system cannot make a folder read-only for the test");
            try (Journal j = Journal.openReadOnly(data, dir.resolve("config"))) {
                VerifyResult r = j.audit().verify();
                assertTrue(r.intact(), r.message());
                assertEquals(2, r.entries());
                StringWriter csv = new StringWriter();
                assertEquals(2, j.audit().exportCsv(csv, Instant.EPOCH, Instant.now().plusSeconds(5)));
                assertEquals(List.of(new ShiftRow("op", 1, 1, 0, 0, 0)),
                        j.shifts().summary(Instant.EPOCH, Instant.now().plusSeconds(5)));
            }
        }
    }

    @Test
    void aFullDiskRefusesWritesWithASentence() throws Exception {
        write(1);
        try (Journal j = Journal.open(dir, dir.resolve("config"))) {
            try (Statement s = j.connection().createStatement()) {
                s.execute("PRAGMA max_page_count = " + pageCount(j));
            }
            JournalException e = assertThrows(JournalException.class, () -> {
                for (int i = 0; i < 1000; i++) {
                    j.outbox().add("REDEEM", "k" + i, "x".repeat(4000), "d", "o");
                }
            });
            assertTrue(e.getMessage().startsWith("The local journal cannot be written (the disk is full)"), e.getMessage());
        }
    }

    private static long pageCount(Journal j) throws Exception {
        try (Statement s = j.connection().createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void shiftSummaryCountsPerOperatorAndExportsCsv() throws Exception {
        try (Journal j = Journal.open(dir, dir.resolve("config"))) {
            j.audit().append(entry("ana", "REDEEM", "DONE", 2));
            j.audit().append(entry("ana", "REDEEM", "DONE", 1));
            j.audit().append(entry("ana", "REDEEM", "QUEUED", 0));
            j.audit().append(entry("ana", "LOOKUP", "UNKNOWN_PASS", 0));
            j.audit().append(entry("ana", "LOOKUP", "FOUND", 0));
            j.audit().append(entry("bo", "CANCEL", "DONE", 0));
            j.audit().append(entry("bo", "LOOKUP", "ALREADY_USED", 0));
            j.audit().append(entry("bo", "OFFLINE_ADMISSION", "ADMITTED", 0));
            j.audit().append(entry("bo", "OFFLINE_ADMISSION", "FOLLOW_UP", 0));
            j.audit().append(AuditEntry.of("desk-1", "bo", "LOOKUP", "REF", "OFFLINE", 0, "",
                    "source=offline-admission; bookings=0"));
            j.audit().append(entry("sup.x", "SUPERVISOR_PIN", "WRONG_PIN", 0));
            List<ShiftRow> rows = j.shifts().summary(Instant.EPOCH, Instant.now().plusSeconds(5));
            assertEquals(List.of(new ShiftRow("ana", 2, 3, 0, 1, 0), new ShiftRow("bo", 0, 0, 1, 1, 1)), rows,
                    "a supervisor id that only tried a PIN is no operator; the sender's own lookups are no failed scans");
            StringWriter csv = new StringWriter();
            j.shifts().exportCsv(csv, Instant.EPOCH, Instant.now().plusSeconds(5));
            assertEquals("operator,redeemed,guests,cancelled,failed_scans,needs_follow_up\r\nana,2,3,0,1,0\r\n"
                    + "bo,0,0,1,1,1\r\njournal_head," + j.audit().head().entries() + "," + j.audit().head().mac()
                    + "\r\n", csv.toString());
        }
    }

    @Test
    void auditCsvQuotesAndDefusesFormulas() throws Exception {
        try (Journal j = Journal.open(dir, dir.resolve("config"))) {
            j.audit().append(AuditEntry.of("desk-1", "op", "LOOKUP", "=HYPERLINK(\"x\")", "UNKNOWN_PASS", 0, "",
                    "a, b"));
            StringWriter csv = new StringWriter();
            assertEquals(1, j.audit().exportCsv(csv, Instant.EPOCH, Instant.now().plusSeconds(5)));
            assertTrue(csv.toString().contains(",\"'=HYPERLINK(\"\"x\"\")\",UNKNOWN_PASS,0,,\"a, b\","), csv.toString());
        }
    }
}
