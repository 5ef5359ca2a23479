package com.loungedesk.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Actions written before they are sent. An entry stays PENDING until the backend confirmed it (DONE)
 * or definitely refused it (REFUSED, with the reason); a network failure leaves it PENDING to be sent
 * again, with the same Idempotency-Key, by the next sync — also after a crash or kill.
 * <p>
 * Several processes may share the outbox (the console and a {@code journal sync}, two CLI calls): an
 * entry is sent only by the one that holds its claim, taken in a write transaction ({@link #claim}). The
 * writer holds the claim of a new entry from the start; a claim ends when the send is recorded, when its
 * lease ({@link #LEASE}) runs out, or when the process that took it is gone.
 */
public final class Outbox {

    /** Longer than any one send (an HTTP call, its retries included, is capped at 30 s). */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final Journal journal;

    Outbox(Journal journal) {
        this.journal = journal;
    }

    /** Writes the action durably, claimed by this journal; only after this returns may it be sent. */
    public OutboxEntry add(String action, String idempotencyKey, String payload, String deskId, String operatorId)
            throws JournalException {
        Instant now = Instant.now();
        synchronized (journal) {
            try {
                Transactions.retrying(journal.connection(), c -> {
                    try (PreparedStatement ins = c.prepareStatement("INSERT INTO outbox (idem_key, action, payload,"
                            + " desk, operator, created_at, state, updated_at, claimed_by, claimed_until)"
                            + " VALUES (?,?,?,?,?,?,'PENDING',?,?,?)")) {
                        ins.setString(1, idempotencyKey);
                        ins.setString(2, action);
                        ins.setString(3, payload);
                        ins.setString(4, deskId);
                        ins.setString(5, operatorId);
                        ins.setString(6, now.toString());
                        ins.setString(7, now.toString());
                        ins.setString(8, journal.claimant());
                        ins.setLong(9, now.plus(LEASE).toEpochMilli());
                        return ins.executeUpdate();
                    }
                });
            } catch (SQLException e) {
                throw Journal.writeFailed(e);
            }
            return byKey(idempotencyKey).orElseThrow(() -> new JournalException(
                    "The outbox entry just written could not be read back.", null));
        }
    }

    /**
     * Claims a PENDING entry for this journal before it is sent, in one write transaction: answers the
     * entry as it is now, or empty when it was finished already or another live process holds its claim.
     */
    public Optional<OutboxEntry> claim(long id) throws JournalException {
        synchronized (journal) {
            try {
                return Transactions.write(journal.connection(), c -> {
                    Optional<OutboxEntry> now = read(c, "SELECT * FROM outbox WHERE id = ?", id).stream().findFirst();
                    if (now.isEmpty() || now.get().state() != OutboxEntry.State.PENDING || heldElsewhere(c, id)) {
                        return Optional.empty();
                    }
                    try (PreparedStatement u = c.prepareStatement(
                            "UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id = ?")) {
                        u.setString(1, journal.claimant());
                        u.setLong(2, Instant.now().plus(LEASE).toEpochMilli());
                        u.setLong(3, id);
                        u.executeUpdate();
                    }
                    return now;
                });
            } catch (SQLException e) {
                throw Journal.writeFailed(e);
            }
        }
    }

    private boolean heldElsewhere(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT claimed_by, claimed_until FROM outbox WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                String by = rs.getString(1);
                return !by.isEmpty() && !by.equals(journal.claimant()) && rs.getLong(2) > System.currentTimeMillis()
                        && Claimants.alive(by);
            }
        }
    }

    /** Records the backend's confirmation and ends the claim; false (nothing changed) unless it was PENDING. */
    public boolean markDone(long id, String result) throws JournalException {
        return update(id, "UPDATE outbox SET state = 'DONE', attempts = attempts + 1, result = ?, updated_at = ?, "
                + "claimed_by = '', claimed_until = 0 WHERE id = ? AND state = 'PENDING'", result);
    }

    /** Records a definite refusal and ends the claim; false (nothing changed) unless it was PENDING. */
    public boolean markRefused(long id, String reason) throws JournalException {
        return update(id, "UPDATE outbox SET state = 'REFUSED', attempts = attempts + 1, result = ?, updated_at = ?, "
                + "claimed_by = '', claimed_until = 0 WHERE id = ? AND state = 'PENDING'", reason);
    }

    /** The send failed in a way that may be retried: stays PENDING, the failure is remembered, the claim ends. */
    public void markKept(long id, String error) throws JournalException {
        update(id, "UPDATE outbox SET attempts = attempts + 1, last_error = ?, updated_at = ?, claimed_by = '', "
                + "claimed_until = 0 WHERE id = ? AND state = 'PENDING'", error);
    }

    private boolean update(long id, String sql, String text) throws JournalException {
        synchronized (journal) {
            try {
                return Transactions.retrying(journal.connection(), c -> {
                    try (PreparedStatement u = c.prepareStatement(sql)) {
                        u.setString(1, text == null ? "" : text);
                        u.setString(2, Instant.now().toString());
                        u.setLong(3, id);
                        return u.executeUpdate() == 1;
                    }
                });
            } catch (SQLException e) {
                throw Journal.writeFailed(e);
            }
        }
    }

    /** Entries not yet confirmed or refused, oldest first (claimed ones included). */
    public List<OutboxEntry> pending() throws JournalException {
        return query("SELECT * FROM outbox WHERE state = 'PENDING' ORDER BY id", null);
    }

    public List<OutboxEntry> all() throws JournalException {
        return query("SELECT * FROM outbox ORDER BY id", null);
    }

    public int pendingCount() throws JournalException {
        return pending().size();
    }

    public Optional<OutboxEntry> byKey(String idempotencyKey) throws JournalException {
        return query("SELECT * FROM outbox WHERE idem_key = ?", idempotencyKey).stream().findFirst();
    }

    private List<OutboxEntry> query(String sql, Object param) throws JournalException {
        synchronized (journal) {
            try {
                return Transactions.retrying(journal.connection(), c -> read(c, sql, param));
            } catch (SQLException e) {
                throw new JournalException("The outbox could not be read (" + Journal.reason(e) + ").", e);
            }
        }
    }

    private static List<OutboxEntry> read(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            if (param != null) {
                q.setObject(1, param);
            }
            List<OutboxEntry> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new OutboxEntry(rs.getLong("id"), rs.getString("idem_key"), rs.getString("action"),
                            rs.getString("payload"), rs.getString("desk"), rs.getString("operator"),
                            Instant.parse(rs.getString("created_at")),
                            OutboxEntry.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                            rs.getString("last_error"), rs.getString("result")));
                }
            }
            return out;
        }
    }
}
