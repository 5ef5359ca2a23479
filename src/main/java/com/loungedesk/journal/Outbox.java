package com.loungedesk.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Actions written before they are sent. An entry stays PENDING until the backend confirmed it (DONE)
 * or definitely refused it (REFUSED, with the reason); a network failure leaves it PENDING to be sent
 * again, with the same Idempotency-Key, by the next sync — also after a crash or kill.
 */
public final class Outbox {

    private final Journal journal;

    Outbox(Journal journal) {
        this.journal = journal;
    }

    /** Writes the action durably; only after this returns may it be sent. */
    public OutboxEntry add(String action, String idempotencyKey, String payload, String deskId, String operatorId)
            throws JournalException {
        Instant now = Instant.now();
        synchronized (journal) {
            try (PreparedStatement ins = journal.connection().prepareStatement("INSERT INTO outbox (idem_key, action,"
                    + " payload, desk, operator, created_at, state, updated_at) VALUES (?,?,?,?,?,?,'PENDING',?)")) {
                ins.setString(1, idempotencyKey);
                ins.setString(2, action);
                ins.setString(3, payload);
                ins.setString(4, deskId);
                ins.setString(5, operatorId);
                ins.setString(6, now.toString());
                ins.setString(7, now.toString());
                ins.executeUpdate();
            } catch (SQLException e) {
                throw Journal.writeFailed(e);
            }
            return byKey(idempotencyKey).orElseThrow(() -> new JournalException(
                    "The outbox entry just written could not be read back.", null));
        }
    }

    public void markDone(long id, String result) throws JournalException {
        update(id, "UPDATE outbox SET state = 'DONE', attempts = attempts + 1, result = ?, updated_at = ? "
                + "WHERE id = ?", result);
    }

    public void markRefused(long id, String reason) throws JournalException {
        update(id, "UPDATE outbox SET state = 'REFUSED', attempts = attempts + 1, result = ?, updated_at = ? "
                + "WHERE id = ?", reason);
    }

    /** The send failed in a way that may be retried: stays PENDING, the failure is remembered. */
    public void markKept(long id, String error) throws JournalException {
        update(id, "UPDATE outbox SET attempts = attempts + 1, last_error = ?, updated_at = ? WHERE id = ?", error);
    }

    private void update(long id, String sql, String text) throws JournalException {
        synchronized (journal) {
            try (PreparedStatement u = journal.connection().prepareStatement(sql)) {
                u.setString(1, text == null ? "" : text);
                u.setString(2, Instant.now().toString());
                u.setLong(3, id);
                u.executeUpdate();
            } catch (SQLException e) {
                throw Journal.writeFailed(e);
            }
        }
    }

    /** Entries not yet confirmed or refused, oldest first. */
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

    private List<OutboxEntry> query(String sql, String param) throws JournalException {
        synchronized (journal) {
            Connection c = journal.connection();
            try (PreparedStatement q = c.prepareStatement(sql)) {
                if (param != null) {
                    q.setString(1, param);
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
            } catch (SQLException e) {
                throw new JournalException("The outbox could not be read (" + Journal.reason(e) + ").", e);
            }
        }
    }
}
