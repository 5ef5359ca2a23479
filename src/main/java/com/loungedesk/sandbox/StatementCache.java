package com.loungedesk.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepared statements kept per connection, so a redeem's twenty-odd statements are parsed once per
 * connection instead of once per request. A connection is used by one thread at a time (the writer,
 * or a reader taken from the pool), so each connection's own map needs no lock. The least recently
 * used statement is closed beyond {@link #MAX_PER_CONNECTION}; {@link #forget} closes them all.
 */
final class StatementCache {

    static final int MAX_PER_CONNECTION = 256;
    private static final Logger LOG = LoggerFactory.getLogger(StatementCache.class);
    private static final Map<Connection, Map<String, PreparedStatement>> CACHES = new ConcurrentHashMap<>();

    private StatementCache() {
    }

    /** The connection's statement for this SQL, prepared on first use. */
    static PreparedStatement prepared(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> cache = CACHES.computeIfAbsent(c, k -> lru());
        PreparedStatement ps = cache.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = c.prepareStatement(sql);
            cache.put(sql, ps);
        }
        return ps;
    }

    /** Closes and drops the connection's statements (before the connection itself is closed). */
    static void forget(Connection c) {
        Map<String, PreparedStatement> cache = CACHES.remove(c);
        if (cache != null) {
            cache.values().forEach(StatementCache::close);
        }
    }

    private static Map<String, PreparedStatement> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= MAX_PER_CONNECTION) {
                    return false;
                }
                close(eldest.getValue());
                return true;
            }
        };
    }

    private static void close(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException e) {
            LOG.warn("could not close a cached statement: {}", e.getMessage());
        }
    }
}
