package com.loungedesk.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/** Signs pushes the way the provider does, for tests: DragonPass v2 style, and our sandbox's own style. */
final class TestSigner {
    static final ObjectMapper JSON = new ObjectMapper();
    final RSAKey key;

    TestSigner(String kid) throws JOSEException {
        key = new RSAKeyGenerator(2048).keyID(kid).generate();
    }

    /** The sandbox's style: claims jti, eventId and bodySha256 over a JSON body. */
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

    /** DragonPass v2 style: the event itself is the token's payload, with iss, iat and a 5-minute exp. */
    String dragonpass(String event) throws Exception {
        return dragonpass(event, "dragonpass", Instant.now(), Duration.ofMinutes(5));
    }

    String dragonpass(String event, String issuer, Instant issuedAt, Duration lifetime) throws Exception {
        ObjectNode claims = (ObjectNode) JSON.readTree(event);
        claims.put("iss", issuer);
        if (issuedAt != null) {
            claims.put("iat", issuedAt.getEpochSecond());
        }
        if (lifetime != null) {
            claims.put("exp", (issuedAt != null ? issuedAt : Instant.now()).plus(lifetime).getEpochSecond());
        }
        return sign(claims, key.getKeyID());
    }

    /** Any claims, RS256 with this key, under the given kid. */
    String sign(ObjectNode claims, String kid) throws JOSEException {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT)
                .build(), new Payload(claims.toString()));
        jws.sign(new RSASSASigner(key));
        return jws.serialize();
    }

    /** The public key as the provider hands it over: a PEM file named after its kid. */
    Path writePem(Path dir) throws IOException, JOSEException {
        Path file = dir.resolve(key.getKeyID() + ".pem");
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toRSAPublicKey().getEncoded());
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
        return file;
    }
}
