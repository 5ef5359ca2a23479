package com.loungedesk.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque {@code nextCursor} of the order feed: the (updatedAt, orderId) of the last order sent. */
record FeedCursor(long updatedAt, String orderId) {

    private static final String VERSION = "v1";

    String encode() {
        String plain = VERSION + "|" + updatedAt + "|" + orderId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static FeedCursor decode(String text) {
        try {
            if (text.length() > 200) {
                throw new IllegalArgumentException("too long");
            }
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
                throw new IllegalArgumentException("bad shape");
            }
            return new FeedCursor(Long.parseLong(parts[1]), parts[2]);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("\"cursor\" is not a cursor this server gave out.");
        }
    }
}
