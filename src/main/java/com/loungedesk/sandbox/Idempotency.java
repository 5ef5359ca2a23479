package com.loungedesk.sandbox;

import com.loungedesk.util.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code Idempotency-Key}: the first answer to a key (per API key) is stored in the same
 * transaction as the work it describes and replayed byte for byte for a repeat of the same
 * request; the same key on a different request is refused.
 */
final class Idempotency {

    static final int MAX_KEY = 200;

    private record Stored(String fingerprint, int status, byte[] body) {
    }

    /** Reads and checks the header; null when absent. */
    static String key(String header) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > MAX_KEY) {
            throw ApiError.badRequest("Idempotency-Key must be 1 to " + MAX_KEY + " characters.");
        }
        if (header.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            throw ApiError.badRequest("Idempotency-Key contains control characters.");
        }
        return header;
    }

    static String fingerprint(String method, String path, byte[] body) {
        MessageDigest sha = Sha256.digest();
        sha.update(method.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(path.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(body);
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Runs the work once per key. A refusal ({@link ApiError}) is an answer too: its changes are
     * undone (savepoint) and the refusal is stored and replayed like a success.
     */
    Reply run(Connection c, int account, String key, String fingerprint, Reply.Family family,
              Database.Work<Reply> work) throws SQLException {
        if (key == null) {
            return work.run(c);
        }
        Optional<Stored> stored = Sql.one(c, "SELECT fingerprint, status, body FROM idempotency"
                + " WHERE account = ? AND idem_key = ?", rs -> new Stored(rs.getString(1), rs.getInt(2),
                rs.getBytes(3)), account, key);
        if (stored.isPresent()) {
            if (!stored.get().fingerprint().equals(fingerprint)) {
                throw new ApiError(ErrorKind.IDEMPOTENCY_CONFLICT,
                        "This Idempotency-Key was already used for a different request.");
            }
            return new Reply(stored.get().status(), stored.get().body());
        }
        Reply reply;
        try {
            reply = Database.savepoint(c, work);
        } catch (ApiError e) {
            reply = Reply.error(family, e);
        }
        Sql.update(c, "INSERT INTO idempotency(account, idem_key, fingerprint, status, body, created_at)"
                + " VALUES (?,?,?,?,?,?)", account, key, fingerprint, reply.status(), reply.body(),
                Timestamps.nowMicros());
        return reply;
    }
}
