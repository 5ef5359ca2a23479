package com.loungedesk.api;

import com.loungedesk.util.Sha256;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes a scanned reference to the supplier key that owns it, through OCTO's redemption/credentials,
 * remembering answers (positive ones only: a pass created later must still be found). Keys are
 * named to people and in the journal by a fingerprint, never in full.
 */
public final class SupplierRouter {

    private static final int CACHE_SIZE = 2_000;
    private final PassRedemption octo;
    private final List<String> keys;
    private final Map<String, String> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public SupplierRouter(PassRedemption octo, List<String> keys) {
        this.octo = octo;
        this.keys = List.copyOf(keys);
    }

    public List<String> keys() {
        return keys;
    }

    /** The key that owns the reference, or empty when no supplier this desk serves knows it. */
    public Optional<String> keyFor(String reference) throws ApiException {
        if (keys.isEmpty()) {
            throw new ApiException(ApiException.Kind.CONFIG, "", 0, "This desk has no supplier key configured.");
        }
        synchronized (cache) {
            String cached = cache.get(reference);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        String key = octo.credentials(reference, keys);
        if (key != null) {
            synchronized (cache) {
                cache.put(reference, key);
            }
        }
        return Optional.ofNullable(key);
    }

    /** Forgets a cached route (e.g. after the key was refused). */
    public void forget(String reference) {
        synchronized (cache) {
            cache.remove(reference);
        }
    }

    /** The configured key with this fingerprint, if any. */
    public Optional<String> keyById(String fingerprint) {
        return keys.stream().filter(k -> fingerprint(k).equals(fingerprint)).findFirst();
    }

    /** A stable, non-secret name for a key: the first 12 hex digits of its SHA-256. */
    public static String fingerprint(String key) {
        return HexFormat.of().formatHex(Sha256.of(key), 0, 6);
    }
}
