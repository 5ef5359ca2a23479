package com.loungedesk.push;

import com.loungedesk.util.Sha256;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Set;

/**
 * Checks a push's {@code Authorization: Bearer <JWT>}: RS256 signature against the provider's keys,
 * issuer {@code dragonpass}, expiry (60 s leeway), and that the token covers exactly this body.
 * Replay (a jti seen before) is the ledger's job, because it must be durable.
 */
public final class PushVerifier {

    public static final String ISSUER = "dragonpass";
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /** What a verified token vouches for. */
    public record Verified(String jti, String eventId, String keyId) {
    }

    public PushVerifier(JWKSource<SecurityContext> keys) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("jti", "exp", "iat", "eventId", "bodySha256"));
        claims.setMaxClockSkew(60);
        processor.setJWTClaimsSetVerifier(claims);
    }

    public Verified verify(String authorization, byte[] body) throws PushRejected {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new PushRejected(401, "unsigned push (no bearer token)");
        }
        String token = authorization.substring(7).trim();
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new PushRejected(401, "push token is not a JWT", e);
        } catch (BadJOSEException e) {
            throw new PushRejected(401, "push token refused: " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new PushRejected(401, "push token could not be checked: " + e.getMessage(), e);
        }
        String expected = Sha256.base64Url(body);
        Object claimed = claims.getClaim("bodySha256");
        if (!expected.equals(claimed)) {
            throw new PushRejected(401, "push token does not cover this body");
        }
        String kid = "";
        try {
            kid = com.nimbusds.jwt.SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new PushRejected(401, "push token header unreadable", e);
        }
        return new Verified(claims.getJWTID(), String.valueOf(claims.getClaim("eventId")), kid);
    }

    /** The body hash claim a sender puts in the token (shared by tests and senders). */
    public static String bodyHash(String body) {
        return Sha256.base64Url(body.getBytes(StandardCharsets.UTF_8));
    }
}
