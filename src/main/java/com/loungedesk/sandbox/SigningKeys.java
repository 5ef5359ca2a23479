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
import java.sql.Connection;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The RSA keys that sign pushes, kept in the database. One key is ACTIVE (signs); after a
 * rotation the old one stays PUBLISHED in the JWKS beside the new one until it is RETIRED.
 */
final class SigningKeys {

    static final String ACTIVE = "ACTIVE";
    static final String PUBLISHED = "PUBLISHED";
    static final String RETIRED = "RETIRED";

    private final Database db;

    SigningKeys(Database db) {
        this.db = db;
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

    /** A new active key; the previous active key stays published for the overlap. */
    ObjectNode rotate() {
        return db.tx(c -> {
            activeIn(c);
            Sql.update(c, "UPDATE signing_keys SET state = 'PUBLISHED' WHERE state = 'ACTIVE'");
            insertNew(c);
            return status(c);
        });
    }

    /** Retires every published key that no longer signs. */
    ObjectNode retire() {
        return db.tx(c -> {
            Sql.update(c, "UPDATE signing_keys SET state = 'RETIRED' WHERE state = 'PUBLISHED'");
            return status(c);
        });
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
