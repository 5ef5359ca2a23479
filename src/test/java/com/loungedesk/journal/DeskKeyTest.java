package com.loungedesk.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk key and the outside head: where they live, who may read them, and what happens without them. */
class DeskKeyTest {

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Path config() {
        return dir.resolve("config");
    }

    private void write(int n) throws JournalException {
        try (Journal j = Journal.open(data(), config())) {
            for (int i = 0; i < n; i++) {
                j.audit().append(AuditEntry.of("desk-1", "op", "LOOKUP", "R" + i, "FOUND", 0, "", ""));
            }
        }
    }

    private VerifyResult verify() throws JournalException {
        try (Journal j = Journal.openReadOnly(data(), config())) {
            return j.audit().verify();
        }
    }

    private Path headFile() throws JournalException {
        try (Journal j = Journal.openReadOnly(data(), config())) {
            return j.outsideHead().file();
        }
    }

    @Test
    void theKeyAndTheHeadAreOwnerOnlyFilesInTheConfigFolderNotBesideTheJournal() throws Exception {
        write(2);
        Path key = config().resolve(DeskKey.FILE_NAME);
        assertEquals(32, Files.size(key));
        assertTrue(Files.exists(headFile()));
        assertEquals(config(), headFile().getParent());
        try (var files = Files.list(data())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("key")
                    || f.getFileName().toString().contains("head")));
        }
        assumeTrue(Files.getFileStore(key).supportsFileAttributeView("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(headFile())));
    }

    @Test
    void theOutsideHeadFollowsEveryAppend() throws Exception {
        write(3);
        String head = Files.readString(headFile(), StandardCharsets.UTF_8);
        assertTrue(head.contains("entries=3\n"), head);
        try (Journal j = Journal.openReadOnly(data(), config())) {
            assertTrue(head.contains("last=" + j.audit().head().mac() + "\n"), head);
        }
    }

    @Test
    void aMissingKeyIsReportedAndNotMadeAgain() throws Exception {
        write(2);
        Files.delete(config().resolve(DeskKey.FILE_NAME));
        VerifyResult r = verify();
        assertFalse(r.intact());
        assertTrue(r.message().startsWith("The desk's journal key is missing"), r.message());
        JournalException e = assertThrows(JournalException.class, () -> Journal.open(data(), config()));
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
        assertFalse(Files.exists(config().resolve(DeskKey.FILE_NAME)), "no new key was made");
    }

    @Test
    void aMissingKeyAndHeadAreStillReportedForASealedJournal() throws Exception {
        write(2);
        Path head = headFile();
        Files.delete(config().resolve(DeskKey.FILE_NAME));
        Files.delete(head);
        assertFalse(verify().intact());
        assertThrows(JournalException.class, () -> Journal.open(data(), config()));
    }

    @Test
    void aDeletedJournalFileIsReportedAndNotStartedAgain() throws Exception {
        write(3);
        Files.delete(data().resolve(Journal.FILE_NAME));
        JournalException e = assertThrows(JournalException.class, () -> Journal.openReadOnly(data(), config()));
        assertEquals("The journal " + data().toRealPath().resolve(Journal.FILE_NAME) + " is gone, although its "
                + "outside head " + headFileOf() + " says it had 3 entries.", e.getMessage());
        JournalException atOpen = assertThrows(JournalException.class, () -> Journal.open(data(), config()));
        assertTrue(atOpen.getMessage().startsWith("The journal had 3 entries and its tables are gone."), atOpen.getMessage());
    }

    private Path headFileOf() throws Exception {
        return new OutsideHead(config(), data().toRealPath().resolve(Journal.FILE_NAME)).file();
    }

    @Test
    void anEditedOutsideHeadIsFound() throws Exception {
        write(3);
        Path head = headFile();
        Files.writeString(head, Files.readString(head).replace("entries=3", "entries=2"));
        VerifyResult r = verify();
        assertFalse(r.intact());
        assertEquals("The journal's outside head " + head + " was edited or damaged.", r.message());
    }

    @Test
    void anotherDesksKeyDoesNotVerifyTheChain() throws Exception {
        write(3);
        Files.write(config().resolve(DeskKey.FILE_NAME), new byte[32]);
        assertFalse(verify().intact());
    }

    @Test
    void entriesCommittedAfterTheLastHeadWriteAreAcceptedAndTheNextAppendCatchesUp() throws Exception {
        write(2);
        Path head = headFile();
        String atTwo = Files.readString(head);
        write(1);
        Files.writeString(head, atTwo);
        VerifyResult r = verify();
        assertTrue(r.intact(), r.message());
        assertTrue(r.message().contains("The last 1 were written after the outside head"), r.message());
        write(1);
        assertTrue(Files.readString(head).contains("entries=4\n"));
        assertTrue(verify().intact());
    }

    @Test
    void aJournalFromBeforeTheKeyIsCheckedOnceAndSealedFromAMarkedEntry() throws Exception {
        Files.createDirectories(data());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data().resolve(Journal.FILE_NAME));
             Statement s = c.createStatement()) {
            Schema.create(s);
            String prev = EntrySeal.GENESIS;
            for (int id = 1; id <= 3; id++) {
                Instant at = Instant.parse("2026-11-0" + id + "T10:00:00Z");
                AuditEntry e = new AuditEntry(id, at, "desk-1", "op", "REDEEM", "R" + id, "DONE", 1, "DP" + id, "",
                        prev, "");
                String hash = EntrySeal.plain(e);
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    Object[] v = {id, at.toString(), at.toEpochMilli(), "desk-1", "op", "REDEEM", "R" + id, "DONE", 1,
                        "DP" + id, "", prev, hash};
                    for (int i = 0; i < v.length; i++) {
                        ins.setObject(i + 1, v[i]);
                    }
                    ins.executeUpdate();
                }
                prev = hash;
            }
            s.execute("INSERT INTO audit_head VALUES (1, 3, '" + prev + "')");
        }
        VerifyResult before = verify();
        assertTrue(before.intact(), before.message());
        assertTrue(before.message().contains("plain SHA-256 chain"), before.message());

        write(1);
        VerifyResult after = verify();
        assertTrue(after.intact(), after.message());
        assertEquals(5, after.entries(), "3 old, the sealing mark, 1 new");
        try (Journal j = Journal.openReadOnly(data(), config())) {
            assertEquals(4, j.outsideHead().read(j.key()).orElseThrow().sealedFrom());
        }
        PlainChainForger.sql(data().resolve(Journal.FILE_NAME), "UPDATE audit SET guests = 2 WHERE id = 2");
        PlainChainForger.recompute(data().resolve(Journal.FILE_NAME), 2);
        VerifyResult forged = verify();
        assertFalse(forged.intact(), "the old entries are sealed by the mark's MAC now");
        assertEquals(4, forged.firstBadId(), forged.message());
    }
}
