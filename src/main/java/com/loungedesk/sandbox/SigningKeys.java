package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The RSA keys that sign pushes, kept in the database. One key is ACTIVE (signs in our style); after a
 * rotation the old one stays PUBLISHED beside the new one until it is RETIRED. As DragonPass does, at
 * most two keys are live (ACTIVE or PUBLISHED) at a time, and in its style either signs, at random.
 * With a folder given, each live public key is also written there as {@code <kid>.pem} (the files of
 * retired keys are removed), which is how DragonPass hands keys over.
 */
final class SigningKeys {

    static final int MAX_LIVE = 2;

    static final String ACTIVE = "ACTIVE";
    static final String PUBLISHED = "PUBLISHED";
    static final String RETIRED = "RETIRED";

    private final Database db;
    private final Path pemDir;

    SigningKeys(Database db, Path pemDir) {
        this.db = db;
        this.pemDir = pemDir;
        if (pemDir != null) {
            active();
            writePems();
        }
    }

    SigningKeys(Database db) {
        this(db, null);
    }

    /** The key that signs now (with its private part); the first one is made on first need. */
    RSAKey active() {
        return db.tx(SigningKeys::activeIn);
    }

    private static RSAKey activeIn(Connection c) throws SQLException {
        String json = Sql.one(c, "SELECT jwk FROM signing_keys WHERE state = 'ACTIVE'", rs -> rs.getString(1))
                .orElse(null);
        return json != null ? parse(json) : insertNew(c);
    }

    /** Either live key, at random: how DragonPass signs during an overlap. */
    RSAKey anyLive() {
        List<RSAKey> live = db.tx(c -> {
            activeIn(c);
            return liveIn(c);
        });
        return live.get(ThreadLocalRandom.current().nextInt(live.size()));
    }

    private static List<RSAKey> liveIn(Connection c) throws SQLException {
        List<RSAKey> keys = new ArrayList<>();
        for (String json : Sql.list(c, "SELECT jwk FROM signing_keys WHERE state IN ('ACTIVE', 'PUBLISHED')"
                + " ORDER BY created_at DESC", rs -> rs.getString(1))) {
            keys.add(parse(json));
        }
        return keys;
    }

    /** The public keys receivers should trust now: the active one and any not yet retired. */
    String jwks() {
        List<JWK> keys = new ArrayList<>();
        db.tx(c -> {
            activeIn(c);
            for (String json : Sql.list(c, "SELECT jwk FROM signing_keys WHERE state IN ('ACTIVE', 'PUBLISHED')"
                    + " ORDER BY created_at DESC", rs -> rs.getString(1))) {
                keys.add(parse(json).toPublicJWK());
            }
            return null;
        });
        return new JWKSet(keys).toString(true);
    }

    /** A new active key; the previous active key stays published for the overlap. Refused with two live keys. */
    ObjectNode rotate() {
        ObjectNode status = db.tx(c -> {
            activeIn(c);
            if (liveIn(c).size() >= MAX_LIVE) {
                throw new ApiError(ErrorKind.ILLEGAL_TRANSITION, "Two keys are live already (DragonPass keeps at most "
                        + MAX_LIVE + "): retire one first.");
            }
            Sql.update(c, "UPDATE signing_keys SET state = 'PUBLISHED' WHERE state = 'ACTIVE'");
            insertNew(c);
            return status(c);
        });
        writePems();
        return status;
    }

    /**
     * Retires one live key ({@code kid}), or without one every published key that no longer signs. The last
     * live key cannot be retired; retiring the active one makes the other one active.
     */
    ObjectNode retire(String kid) {
        ObjectNode status = db.tx(c -> {
            if (kid == null) {
                Sql.update(c, "UPDATE signing_keys SET state = 'RETIRED' WHERE state = 'PUBLISHED'");
                return status(c);
            }
            String state = Sql.one(c, "SELECT state FROM signing_keys WHERE kid = ?", rs -> rs.getString(1), kid)
                    .orElseThrow(() -> ApiError.notFound("No signing key has kid \"" + kid + "\"."));
            if (RETIRED.equals(state)) {
                return status(c);
            }
            if (liveIn(c).size() < 2) {
                throw new ApiError(ErrorKind.ILLEGAL_TRANSITION, "Key \"" + kid + "\" is the only live key: rotate"
                        + " first, then retire it.");
            }
            Sql.update(c, "UPDATE signing_keys SET state = 'RETIRED' WHERE kid = ?", kid);
            if (ACTIVE.equals(state)) {
                Sql.update(c, "UPDATE signing_keys SET state = 'ACTIVE' WHERE state = 'PUBLISHED'");
            }
            return status(c);
        });
        writePems();
        return status;
    }

    ObjectNode retire() {
        return retire(null);
    }

    /** Each live public key as {@code <kid>.pem} in the folder; files of retired keys are removed. */
    private void writePems() {
        if (pemDir == null) {
            return;
        }
        List<String[]> rows = db.read(c -> Sql.list(c, "SELECT kid, jwk, state FROM signing_keys",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
        try {
            Files.createDirectories(pemDir);
            for (String[] row : rows) {
                Path file = pemDir.resolve(row[0] + ".pem");
                if (RETIRED.equals(row[2])) {
                    Files.deleteIfExists(file);
                    continue;
                }
                Path tmp = pemDir.resolve(row[0] + ".pem.tmp");
                Files.writeString(tmp, pem(parse(row[1])), StandardCharsets.US_ASCII);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the push public keys to " + pemDir + ": " + e.getMessage(), e);
        }
    }

    /** An RSA public key as a PEM {@code PUBLIC KEY} block (X.509 SubjectPublicKeyInfo), as openssl writes it. */
    static String pem(RSAKey key) {
        try {
            return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(key.toRSAPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException("a stored signing key is not an RSA key", e);
        }
    }

    private static ObjectNode status(Connection c) throws SQLException {
        ObjectNode n = Json.object();
        ArrayNode keys = n.putArray("keys");
        for (ObjectNode k : Sql.list(c, "SELECT kid, state FROM signing_keys ORDER BY created_at", rs -> {
            ObjectNode key = Json.object();
            key.put("kid", rs.getString(1));
            key.put("state", rs.getString(2));
            return key;
        })) {
            keys.add(k);
        }
        return n;
    }

    private static RSAKey insertNew(Connection c) throws SQLException {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("sandbox-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            Sql.update(c, "INSERT INTO signing_keys(kid, jwk, state, created_at) VALUES (?,?,?,?)", key.getKeyID(),
                    key.toJSONString(), ACTIVE, Timestamps.nowMicros());
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA signing key", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key is corrupt", e);
        }
    }
}
