package com.loungedesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * The backend capability to hand back push events a receiver missed, and (on a sandbox) to register a
 * receiver. A backend type without pushes answers {@link #offered()} false and is never asked.
 */
public interface PushRecovery {

    /** Every event recorded after {@code since} (null = all), oldest first. */
    List<JsonNode> since(String apiKey, Instant since) throws ApiException;

    /** Registers {@code url} for pushes of {@code events} (sandbox only); answers the subscriber id. */
    String subscribe(String apiKey, String url, List<String> events) throws ApiException;

    boolean offered();

    /** For a backend type that sends no pushes. */
    static PushRecovery none(String why) {
        return new PushRecovery() {
            @Override
            public List<JsonNode> since(String apiKey, Instant since) throws ApiException {
                throw new ApiException(ApiException.Kind.CONFIG, "", 0, why);
            }

            @Override
            public String subscribe(String apiKey, String url, List<String> events) throws ApiException {
                throw new ApiException(ApiException.Kind.CONFIG, "", 0, why);
            }

            @Override
            public boolean offered() {
                return false;
            }
        };
    }
}
