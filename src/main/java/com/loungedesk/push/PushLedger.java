package com.loungedesk.push;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Durable record of applied pushes (SQLite, WAL, synchronous FULL): every token id ever accepted, so a
 * replayed token is refused even after a restart, and every event once, by its {@link PushEvent#dedupeKey()}
 * (the {@code event_id} column: the event's id, or {@code order:<orderId>|<status>|<date>} without one).
 */
public final class PushLedger implements AutoCloseable {

    /** What {@link #applyOnce} did: applied and recorded it, saw the event before, or saw the token before. */
    public enum Outcome { RECORDED, DUPLICATE_EVENT, REPLAYED_TOKEN }

    private final Connection db;

    public PushLedger(Path file) throws SQLException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create folder for " + file, e);
        }
        db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=5000");
            s.execute("CREATE TABLE IF NOT EXISTS push_token (jti TEXT PRIMARY KEY, received_at TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS push_event (event_id TEXT PRIMARY KEY, order_id TEXT NOT NULL,"
                    + " event_type TEXT NOT NULL, payload TEXT NOT NULL, received_at TEXT NOT NULL)");
        }
        db.setAutoCommit(false);
    }

    /**
     * Applies an event unless it was seen before, then records it; answers what happened. The token id
     * (when the token has one) and the event's {@link PushEvent#dedupeKey()} are written in one transaction
     * only after {@code apply} returned, so an event whose applying threw is not recorded: the provider's
     * retry finds it new and applies it then. A crash (or a failed write) between applying and recording
     * means the retry applies it again; applying is idempotent (the tracker merges by the lifecycle rules).
     * One event at a time, so two deliveries of one event never both apply it.
     *
     * @param jti the token's id, or null when the token has none (then replay is caught by the event's key)
     */
    public synchronized Outcome applyOnce(String jti, PushEvent event, String payload, Instant now,
                                          Consumer<PushEvent> apply) throws SQLException {
        try {
            if (jti != null && exists("SELECT 1 FROM push_token WHERE jti = ?", jti)) {
                db.commit();
                return Outcome.REPLAYED_TOKEN;
            }
            boolean seen = exists("SELECT 1 FROM push_event WHERE event_id = ?", event.dedupeKey());
            db.commit();
            if (!seen) {
                apply.accept(event);
            }
            if (jti != null) {
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO push_token (jti, received_at) VALUES (?, ?)")) {
                    ps.setString(1, jti);
                    ps.setString(2, now.toString());
                    ps.executeUpdate();
                }
            }
            insertEvent(event, payload, now);
            db.commit();
            return seen ? Outcome.DUPLICATE_EVENT : Outcome.RECORDED;
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    private boolean exists(String sql, String key) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** When the last event arrived: where recovery ({@code /push/events?since=}) starts. */
    public synchronized Optional<Instant> lastReceivedAt() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(received_at) FROM push_event")) {
            String v = rs.next() ? rs.getString(1) : null;
            db.commit();
            return v == null ? Optional.empty() : Optional.of(Instant.parse(v));
        }
    }

    public synchronized int eventCount() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM push_event")) {
            int n = rs.next() ? rs.getInt(1) : 0;
            db.commit();
            return n;
        }
    }

    /** Adds the event unless its id is already recorded; answers how many rows were added (0 or 1). */
    private int insertEvent(PushEvent event, String payload, Instant now) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO push_event"
                + " (event_id, order_id, event_type, payload, received_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, event.dedupeKey());
            ps.setString(2, event.orderId());
            ps.setString(3, event.eventType());
            ps.setString(4, payload);
            ps.setString(5, now.toString());
            return ps.executeUpdate();
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }
}
