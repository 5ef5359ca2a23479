package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.loungedesk.util.Sha256;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;

/**
 * Signs one push attempt in the configured {@link PushStyle}. Ours: an RS256 JWT with {@code kid} in the
 * header, issuer {@code dragonpass}, the subscriber URL as audience, a short expiry, a fresh {@code jti},
 * the event's stable id, and the SHA-256 of the exact body so the token cannot be moved onto another body.
 * DragonPass's: an RS256 JWT whose payload is the event plus {@code iss}, {@code iat} and {@code exp},
 * signed with either live key at random.
 */
final class PushSigner {

    static final String ISSUER = "dragonpass";

    /** What goes on the wire: the body, its content type, and the Authorization header (null = none). */
    record Signed(byte[] body, String contentType, String authorization) {
    }

    private final SigningKeys keys;
    private final Duration lifetime;
    private final PushStyle style;

    PushSigner(SigningKeys keys, Duration lifetime, PushStyle style) {
        this.keys = keys;
        this.lifetime = lifetime;
        this.style = style;
    }

    PushStyle style() {
        return style;
    }

    Signed sign(Outbox.Delivery d) {
        byte[] json = d.payload().getBytes(StandardCharsets.UTF_8);
        return switch (style) {
            case LOUNGEDESK -> new Signed(json, "application/json; charset=utf-8", "Bearer " + ours(d, json));
            case DRAGONPASS -> new Signed(dragonPass(d).getBytes(StandardCharsets.US_ASCII), "application/jwt", null);
            case DRAGONPASS_HEADER -> new Signed(json, "application/json; charset=utf-8", "Bearer " + dragonPass(d));
        };
    }

    private String ours(Outbox.Delivery d, byte[] body) {
        RSAKey key = keys.active();
        long now = System.currentTimeMillis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(d.url())
                .issueTime(new Date(now)).notBeforeTime(new Date(now - 30_000))
                .expirationTime(new Date(now + lifetime.toMillis())).jwtID(UUID.randomUUID().toString())
                .claim("eventId", d.eventId()).claim("eventType", d.eventType()).claim("orderId", d.orderId())
                .claim("bodySha256", sha256(body)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        return signed(jwt, key).serialize();
    }

    /** The event's own fields (exactly as stored) with iss, iat and exp added, signed by a live key at random. */
    private String dragonPass(Outbox.Delivery d) {
        RSAKey key = keys.anyLive();
        long now = System.currentTimeMillis() / 1000;
        ObjectNode claims = Json.parseStored(d.payload());
        claims.put("iss", ISSUER);
        claims.put("iat", now);
        claims.put("exp", now + lifetime.toSeconds());
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), new Payload(Json.text(claims)));
        return signed(jws, key).serialize();
    }

    private static <T extends JWSObject> T signed(T jws, RSAKey key) {
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a push", e);
        }
        return jws;
    }

    /** Base64url (no padding) of the SHA-256 of the body bytes. */
    static String sha256(byte[] body) {
        return Sha256.base64Url(body);
    }
}
