package com.loungedesk.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.loungedesk.util.Sha256;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a push's token the way DragonPass v2 signs it: an RS256 JWT whose header {@code kid} names one
 * of the configured keys, issuer {@code dragonpass}, an {@code exp} (60 s clock-skew leeway) and a
 * lifetime of at most 10 minutes. Anything else ({@code alg: none}, HS256, an unknown or missing kid)
 * is refused. The token may come as {@code Authorization: Bearer <JWT>} or as the request body itself.
 *
 * <p>What the token vouches for is the event: as the body, its claims are the event; in the header, it
 * either carries {@code bodySha256} (our sandbox's style: the event is the body it hashes) or carries the
 * event as claims (then a JSON body must be that same event). A header token that covers neither is
 * refused, because the body would be unsigned. {@code eventId} and {@code jti} are used when present,
 * never required; replay of a jti is the ledger's job, because it must be durable.
 */
public final class PushVerifier {

    public static final String ISSUER = "dragonpass";
    /** The longest a push token may live: exp - iat, or exp - now when it has no iat. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(10);
    public static final int CLOCK_SKEW_SECONDS = 60;
    /** Claims that say something about the token, not about the event. */
    private static final List<String> TOKEN_CLAIMS = List.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti",
            "bodySha256");
    private static final Pattern COMPACT_JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final ObjectMapper json = new ObjectMapper();

    /** Where the token travelled. */
    public enum Carrier {
        HEADER("in the Authorization header"), BODY("as the request body");

        private final String words;

        Carrier(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /**
     * What a verified token vouches for.
     *
     * @param jti     the token's id, or null (DragonPass sends none)
     * @param eventId the signed event id, or null
     * @param event   the event the token signs, as JSON
     */
    public record Verified(String jti, String eventId, String keyId, Carrier carrier, JsonNode event) {
    }

    public PushVerifier(JWKSource<SecurityContext> keys) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new CappedClaims());
    }

    /**
     * Verifies the token from the header or, without one, the body.
     *
     * @throws PushRejected 401 for a missing, forged, expired, over-long or otherwise refused token; 400 for
     *                      a signed body that is not JSON
     */
    public Verified verify(String authorization, byte[] body) throws PushRejected {
        String token;
        Carrier carrier;
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new PushRejected(401, "the Authorization header holds no bearer token");
            }
            token = authorization.substring(7).strip();
            carrier = Carrier.HEADER;
        } else {
            token = new String(body, StandardCharsets.UTF_8).strip();
            carrier = Carrier.BODY;
            if (!COMPACT_JWT.matcher(token).matches()) {
                throw new PushRejected(401, "unsigned push (no token in the Authorization header, and the body is not one)");
            }
        }
        SignedJWT jwt = signed(token);
        String kid = jwt.getHeader().getKeyID();
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (BadJOSEException e) {
            throw new PushRejected(401, "push token (kid " + kid + ") refused: " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new PushRejected(401, "push token could not be checked: " + e.getMessage(), e);
        }
        Object eventId = claims.getClaim("eventId");
        return new Verified(claims.getJWTID(), eventId instanceof String s ? s : null, kid, carrier,
                event(jwt, claims, carrier, body));
    }

    /** Parses the token and refuses what is not an RS256-signed JWT naming its key, before any key is used. */
    private static SignedJWT signed(String token) throws PushRejected {
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new PushRejected(401, "push token is not a JWT", e);
        }
        if (parsed instanceof PlainJWT) {
            throw new PushRejected(401, "unsigned push token (alg none) refused");
        }
        if (!(parsed instanceof SignedJWT jwt)) {
            throw new PushRejected(401, "encrypted push token refused: DragonPass signs, it does not encrypt");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new PushRejected(401, "push token signed with " + jwt.getHeader().getAlgorithm()
                    + " refused: only RS256 is accepted");
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new PushRejected(401, "push token names no key (no kid in its header)");
        }
        return jwt;
    }

    /** The event the token signs: its claims, or the body it hashes, or the body equal to its claims. */
    private JsonNode event(SignedJWT jwt, JWTClaimsSet claims, Carrier carrier, byte[] body) throws PushRejected {
        ObjectNode signed = (ObjectNode) read(jwt.getPayload().toString().getBytes(StandardCharsets.UTF_8));
        TOKEN_CLAIMS.forEach(signed::remove);
        if (carrier == Carrier.BODY) {
            return signed;
        }
        Object hash = claims.getClaim("bodySha256");
        if (hash != null) {
            if (!Sha256.base64Url(body).equals(hash)) {
                throw new PushRejected(401, "push token does not cover this body (bodySha256 differs)");
            }
            return read(body);
        }
        if (!signed.has("eventType")) {
            throw new PushRejected(401, "push token covers neither this body (no bodySha256) nor an event (no eventType)");
        }
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return signed;
        }
        JsonNode sent = read(body);
        if (!signed.equals(sent)) {
            throw new PushRejected(401, "the body differs from the event the push token signs");
        }
        return signed;
    }

    private JsonNode read(byte[] bytes) throws PushRejected {
        try {
            JsonNode n = json.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw new PushRejected(400, "malformed push: payload is not a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new PushRejected(400, "malformed push: not JSON", e);
        }
    }

    /** The body hash claim a sender puts in the token (shared by tests and senders). */
    public static String bodyHash(String body) {
        return Sha256.base64Url(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Issuer and expiry as nimbus checks them, plus the lifetime cap and no issue time in the future. */
    private static final class CappedClaims extends DefaultJWTClaimsVerifier<SecurityContext> {

        CappedClaims() {
            super(new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("exp"));
            setMaxClockSkew(CLOCK_SKEW_SECONDS);
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            super.verify(claims, context);
            long now = currentTime().getTime();
            long skew = CLOCK_SKEW_SECONDS * 1000L;
            long exp = claims.getExpirationTime().getTime();
            Date iat = claims.getIssueTime();
            if (iat != null && iat.getTime() > now + skew) {
                throw new BadJWTException("issued in the future (iat)");
            }
            long from = iat != null ? iat.getTime() : now;
            if (exp - from > MAX_LIFETIME.toMillis() + (iat != null ? 0 : skew)) {
                throw new BadJWTException("lives longer than " + MAX_LIFETIME.toMinutes() + " minutes (exp - "
                        + (iat != null ? "iat" : "now") + ")");
            }
        }
    }
}
