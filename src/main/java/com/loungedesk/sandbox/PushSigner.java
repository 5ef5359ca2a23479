package com.loungedesk.sandbox;

import com.loungedesk.util.Sha256;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;

/**
 * Signs one push attempt: an RS256 JWT with {@code kid} in the header, issuer {@code dragonpass},
 * the subscriber URL as audience, a short expiry, a fresh {@code jti}, the event's stable id, and
 * the SHA-256 of the exact body so the token cannot be moved onto another body.
 */
final class PushSigner {

    static final String ISSUER = "dragonpass";

    private final SigningKeys keys;
    private final Duration lifetime;

    PushSigner(SigningKeys keys, Duration lifetime) {
        this.keys = keys;
        this.lifetime = lifetime;
    }

    String sign(Outbox.Delivery d, byte[] body) {
        RSAKey key = keys.active();
        long now = System.currentTimeMillis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(d.url())
                .issueTime(new Date(now)).notBeforeTime(new Date(now - 30_000))
                .expirationTime(new Date(now + lifetime.toMillis())).jwtID(UUID.randomUUID().toString())
                .claim("eventId", d.eventId()).claim("eventType", d.eventType()).claim("orderId", d.orderId())
                .claim("bodySha256", sha256(body)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a push", e);
        }
        return jwt.serialize();
    }

    /** Base64url (no padding) of the SHA-256 of the body bytes. */
    static String sha256(byte[] body) {
        return Sha256.base64Url(body);
    }
}
