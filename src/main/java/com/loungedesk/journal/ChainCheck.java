package com.loungedesk.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeParseException;

/**
 * Walks the audit log against the desk key and the outside head: an edited entry (any stored column,
 * {@code at_ms} included), a deleted, reordered or moved one, a chain cut short with its in-database head
 * moved back, a wiped journal and dropped tables are all found, also when every plain hash was
 * recomputed. Entries from before the desk key are checked with their plain hashes; the first sealed
 * entry's MAC covers the last of them.
 */
final class ChainCheck {

    private final DeskKey key;
    private final OutsideHead store;

    ChainCheck(DeskKey key, OutsideHead store) {
        this.key = key;
        this.store = store;
    }

    VerifyResult run(Connection c) throws SQLException {
        OutsideHead.Head head = null;
        if (store.exists()) {
            if (key == null) {
                return bad(0, 1, keyMissing());
            }
            try {
                head = store.read(key).orElse(null);
            } catch (JournalException e) {
                return bad(0, 1, e.getMessage());
            }
        }
        try (Statement s = c.createStatement()) {
            if (!Schema.hasAuditTable(s)) {
                return head != null && head.entries() > 0
                        ? bad(0, 1, "The journal had " + head.entries() + " entries and its tables are gone.")
                        : bad(0, 1, "The journal has no audit table.");
            }
        }
        boolean plainOnly = head == null && AuditLog.firstEntryIsPlain(c);
        if (head == null && !plainOnly && AuditLog.tail(c).id() > 0) {
            return key == null ? bad(0, 1, keyMissing())
                    : bad(0, 1, "The journal's outside head " + store.file() + " is missing, although the journal "
                    + "holds entries sealed with the desk key.");
        }
        long sealedFrom = head == null ? Long.MAX_VALUE : head.sealedFrom();
        long expectedId = 1;
        String prev = EntrySeal.GENESIS;
        try (PreparedStatement q = c.prepareStatement("SELECT * FROM audit ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                AuditEntry e;
                try {
                    e = AuditLog.read(rs);
                } catch (DateTimeParseException unreadableTime) {
                    return bad(expectedId - 1, rs.getLong("id"), "Entry " + rs.getLong("id")
                            + " was edited after it was written.");
                }
                long atMs = rs.getLong("at_ms");
                if (e.id() != expectedId) {
                    return bad(expectedId - 1, expectedId, "Entry " + expectedId + " is missing (deleted).");
                }
                if (!e.prevHash().equals(prev)) {
                    return bad(expectedId - 1, e.id(), "Entry " + e.id() + " does not follow the entry before it.");
                }
                String seal = e.id() < sealedFrom ? EntrySeal.plain(e) : EntrySeal.mac(key, e, atMs);
                if (!seal.equals(e.hash()) || atMs != e.at().toEpochMilli()) {
                    return bad(expectedId - 1, e.id(), "Entry " + e.id() + " was edited after it was written.");
                }
                if (head != null && e.id() == head.entries() && !e.hash().equals(head.lastMac())) {
                    return bad(expectedId - 1, e.id(), "Entry " + e.id() + " does not match the journal's outside "
                            + "head (the chain was rewritten).");
                }
                prev = e.hash();
                expectedId++;
            }
        }
        long count = expectedId - 1;
        if (head != null && count < head.entries()) {
            return count == 0 ? bad(0, 1, "The journal had " + head.entries() + " entries and now has none.")
                    : bad(count, count + 1, "The last entries (after " + count + ") were deleted.");
        }
        if (!inDatabaseHeadAgrees(c, count, prev)) {
            return bad(count, count + 1, "The last entries (after " + count + ") were deleted.");
        }
        String ahead = head != null && count > head.entries() ? " The last " + (count - head.entries())
                + " were written after the outside head (the desk stopped before updating it)." : "";
        String plain = plainOnly && count > 0 ? " They carry the plain SHA-256 chain from before the desk key; the "
                + "desk seals them when it next opens the journal for writing." : "";
        return new VerifyResult(true, count, 0, "All " + count + " entries are intact." + ahead + plain
                + (count > 0 ? " Head MAC: " + prev + "." : ""));
    }

    private String keyMissing() {
        return "The desk's journal key is missing from " + store.file().getParent()
                + ", so the journal's seals cannot be checked; restore the key from a backup.";
    }

    private static boolean inDatabaseHeadAgrees(Connection c, long count, String last) throws SQLException {
        try (PreparedStatement h = c.prepareStatement("SELECT last_id, last_hash FROM audit_head");
             ResultSet head = h.executeQuery()) {
            long headId = head.next() ? head.getLong(1) : 0;
            String headHash = headId == 0 ? EntrySeal.GENESIS : head.getString(2);
            return headId == count && headHash.equals(last);
        }
    }

    private static VerifyResult bad(long goodEntries, long badId, String message) {
        return new VerifyResult(false, goodEntries, badId, message);
    }
}
