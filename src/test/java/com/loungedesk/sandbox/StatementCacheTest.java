package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

class StatementCacheTest {

    @Test
    void aStatementIsPreparedOnceAndReusedWithFreshParameters() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Sql.update(c, "CREATE TABLE t(k TEXT PRIMARY KEY, v INTEGER)");
            for (int i = 0; i < 5; i++) {
                Sql.update(c, "INSERT INTO t(k, v) VALUES (?, ?)", "k" + i, i);
            }
            PreparedStatement first = StatementCache.prepared(c, "SELECT v FROM t WHERE k = ?");
            assertEquals(3L, Sql.count(c, "SELECT v FROM t WHERE k = ?", "k3"));
            assertEquals(0L, Sql.count(c, "SELECT v FROM t WHERE k = ?", "missing"));
            assertSame(first, StatementCache.prepared(c, "SELECT v FROM t WHERE k = ?"));
            StatementCache.forget(c);
            assertTrue(first.isClosed(), "forget closes the connection's statements");
            assertNotSame(first, StatementCache.prepared(c, "SELECT v FROM t WHERE k = ?"));
            StatementCache.forget(c);
        }
    }

    @Test
    void theLeastRecentlyUsedStatementIsClosedBeyondTheLimit() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            PreparedStatement oldest = StatementCache.prepared(c, "SELECT 0");
            PreparedStatement kept = StatementCache.prepared(c, "SELECT 1");
            for (int i = 2; i <= StatementCache.MAX_PER_CONNECTION; i++) {
                StatementCache.prepared(c, "SELECT " + i);
                if (i == StatementCache.MAX_PER_CONNECTION - 1) {
                    StatementCache.prepared(c, "SELECT 1");
                }
            }
            assertTrue(oldest.isClosed(), "the least recently used statement is closed");
            assertFalse(kept.isClosed(), "a recently used statement stays");
            assertSame(kept, StatementCache.prepared(c, "SELECT 1"));
            StatementCache.forget(c);
        }
    }
}
