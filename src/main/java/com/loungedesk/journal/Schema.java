package com.loungedesk.journal;

import java.sql.SQLException;
import java.sql.Statement;

/** The journal's tables. Times are stored as ISO text and epoch milliseconds (for range queries). */
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
    }
}
