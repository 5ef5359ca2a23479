package com.loungedesk.push;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Signs pushes the way the provider does, for tests. */
final class TestSigner {
    final RSAKey key;

    TestSigner(String kid) throws JOSEException {
        key = new RSAKeyGenerator(2048).keyID(kid).generate();
    }

    String token(String body, String eventId, String issuer, Instant issuedAt, String jti) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).jwtID(jti)
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(issuedAt.plusSeconds(300)))
                .claim("eventId", eventId).claim("bodySha256", PushVerifier.bodyHash(body)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    String token(String body, String eventId) throws JOSEException {
        return token(body, eventId, "dragonpass", Instant.now(), UUID.randomUUID().toString());
    }
}
