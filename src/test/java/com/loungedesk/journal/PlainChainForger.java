package com.loungedesk.journal;

import com.loungedesk.util.Sha256;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What an attacker who can write the journal file, but holds no desk key, does after editing it: every
 * entry's plain SHA-256 (the scheme before the desk key) from the edited one on and the in-database head
 * computed again, so that the plain links and the head agree again.
 */
final class PlainChainForger {

    private PlainChainForger() {
    }

    static void sql(Path journalFile, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journalFile);
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    /** Recomputes the plain hash of every entry from {@code fromId} on, and the in-database head. */
    static void recompute(Path journalFile, long fromId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journalFile)) {
            List<String[]> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM audit ORDER BY id")) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString("id"), rs.getString("at"), rs.getString("desk"),
                            rs.getString("operator"), rs.getString("kind"), rs.getString("reference"),
                            rs.getString("outcome"), rs.getString("guests"), rs.getString("order_id"),
                            rs.getString("detail"), rs.getString("hash")});
                }
            }
            String prev = "0".repeat(64);
            long last = 0;
            for (String[] r : rows) {
                last = Long.parseLong(r[0]);
                if (last < fromId) {
                    prev = r[10];
                    continue;
                }
                String hash = Sha256.hex(String.join("\u001f", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                        r[9], prev));
                try (PreparedStatement u = c.prepareStatement("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?")) {
                    u.setString(1, prev);
                    u.setString(2, hash);
                    u.setString(3, r[0]);
                    u.executeUpdate();
                }
                prev = hash;
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE audit_head SET last_id = ?, last_hash = ?")) {
                u.setLong(1, last);
                u.setString(2, last == 0 ? "0".repeat(64) : prev);
                u.executeUpdate();
            }
        }
    }
}
