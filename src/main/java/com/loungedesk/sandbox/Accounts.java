package com.loungedesk.sandbox;

import java.util.List;
import java.util.Optional;

/**
 * Supplier accounts: the n-th configured API key owns account n (1-based), so passes follow the
 * key's position across restarts. Keys are never logged.
 */
final class Accounts {

    private final List<String> keys;

    Accounts(List<String> keys) {
        this.keys = List.copyOf(keys);
    }

    Optional<Integer> accountOf(String apiKey) {
        int i = apiKey == null ? -1 : keys.indexOf(apiKey);
        return i < 0 ? Optional.empty() : Optional.of(i + 1);
    }

    /** The account behind an {@code Authorization: Bearer <key>} header, else UNAUTHORIZED. */
    int authorize(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw new ApiError(ErrorKind.UNAUTHORIZED, "Missing Authorization header (Bearer API key).");
        }
        String header = authorizationHeader.strip();
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiError(ErrorKind.UNAUTHORIZED, "The Authorization header must be \"Bearer <apiKey>\".");
        }
        return accountOf(header.substring(7).strip())
                .orElseThrow(() -> new ApiError(ErrorKind.UNAUTHORIZED, "The API key is not valid."));
    }
}
