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

/**
 * Durable record of received pushes (SQLite, WAL, synchronous FULL): every token id ever accepted,
 * so a replay is refused even after a restart, and every event once, by its id.
 */
public final class PushLedger implements AutoCloseable {

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

    /** Records the token and the event in one transaction; answers only once both are on disk. */
    public synchronized Outcome record(String jti, PushEvent event, String payload, Instant now) throws SQLException {
        try {
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO push_token (jti, received_at) VALUES (?, ?)")) {
                ps.setString(1, jti);
                ps.setString(2, now.toString());
                ps.executeUpdate();
            } catch (SQLException e) {
                db.rollback();
                if (isUniqueViolation(e)) {
                    return Outcome.REPLAYED_TOKEN;
                }
                throw e;
            }
            int added = insertEvent(event, payload, now);
            db.commit();
            return added == 1 ? Outcome.RECORDED : Outcome.DUPLICATE_EVENT;
        } catch (SQLException e) {
            db.rollback();
            throw e;
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

    /** Records an event fetched by recovery (no token): answers whether it was new. */
    public synchronized boolean recordRecovered(PushEvent event, String payload, Instant now) throws SQLException {
        try {
            int added = insertEvent(event, payload, now);
            db.commit();
            return added == 1;
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    /** Adds the event unless its id is already recorded; answers how many rows were added (0 or 1). */
    private int insertEvent(PushEvent event, String payload, Instant now) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO push_event"
                + " (event_id, order_id, event_type, payload, received_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, event.eventId());
            ps.setString(2, event.orderId());
            ps.setString(3, event.eventType());
            ps.setString(4, payload);
            ps.setString(5, now.toString());
            return ps.executeUpdate();
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("UNIQUE");
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }
}
