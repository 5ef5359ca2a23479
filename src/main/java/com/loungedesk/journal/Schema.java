package com.loungedesk.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The journal's tables. Times are stored as ISO text and epoch milliseconds (for range queries); the
 * audit entry's MAC covers both. An outbox entry is claimed ({@code claimed_by}, {@code claimed_until} in
 * epoch ms) by the one process that sends it.
 */
final class Schema {
    private Schema() {
    }

    static void create(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE IF NOT EXISTS audit (
                  id INTEGER PRIMARY KEY, at TEXT NOT NULL, at_ms INTEGER NOT NULL, desk TEXT NOT NULL,
                  operator TEXT NOT NULL, kind TEXT NOT NULL, reference TEXT NOT NULL, outcome TEXT NOT NULL,
                  guests INTEGER NOT NULL, order_id TEXT NOT NULL, detail TEXT NOT NULL,
                  prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""");
        s.execute("CREATE INDEX IF NOT EXISTS audit_at ON audit(at_ms)");
        s.execute("""
                CREATE TABLE IF NOT EXISTS audit_head (
                  one INTEGER PRIMARY KEY CHECK (one = 1), last_id INTEGER NOT NULL, last_hash TEXT NOT NULL)""");
        s.execute("""
                CREATE TABLE IF NOT EXISTS outbox (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, idem_key TEXT NOT NULL UNIQUE, action TEXT NOT NULL,
                  payload TEXT NOT NULL, desk TEXT NOT NULL, operator TEXT NOT NULL, created_at TEXT NOT NULL,
                  state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',
                  result TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)""");
        s.execute("CREATE INDEX IF NOT EXISTS outbox_state ON outbox(state, id)");
        if (!hasColumn(s, "outbox", "claimed_by")) {
            s.execute("ALTER TABLE outbox ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''");
            s.execute("ALTER TABLE outbox ADD COLUMN claimed_until INTEGER NOT NULL DEFAULT 0");
        }
    }

    static boolean hasAuditTable(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'")) {
            return rs.next();
        }
    }

    private static boolean hasColumn(Statement s, String table, String column) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                if (column.equals(rs.getString("name"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
