package com.loungedesk.sandbox;

import java.util.Locale;

/**
 * How the sandbox signs and sends a push.
 * <ul>
 * <li>{@code loungedesk} (the default): the event as a JSON body, {@code Authorization: Bearer <JWT>} whose
 *     claims add to DragonPass's own ({@code iss}, {@code kid}, RS256) a fresh {@code jti} per attempt, the
 *     event's {@code eventId} and {@code bodySha256} of the exact body; signed with the newest key, the keys
 *     published at {@code /.well-known/jwks.json}.</li>
 * <li>{@code dragonpass}: as DragonPass v2 documents it: an RS256 JWT, {@code kid} in the header, whose
 *     payload is the event itself plus {@code iss} "dragonpass", {@code iat} and {@code exp}; no eventId, no
 *     jti, no body hash. It is sent as the request body (the docs say the message is signed; where the
 *     token travels they leave open), signed at random with either live key during an overlap.</li>
 * <li>{@code dragonpass-header}: the same token in {@code Authorization: Bearer}, the event as JSON body.</li>
 * </ul>
 */
public enum PushStyle {
    LOUNGEDESK, DRAGONPASS, DRAGONPASS_HEADER;

    /** As written on the command line: loungedesk, dragonpass, dragonpass-header. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads an {@link #id()} in any case; throws {@link IllegalArgumentException} naming the choices. */
    public static PushStyle parse(String text) {
        for (PushStyle s : values()) {
            if (s.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("push style must be loungedesk, dragonpass or dragonpass-header, not \""
                + text + "\"");
    }

    boolean dragonPass() {
        return this != LOUNGEDESK;
    }
}
