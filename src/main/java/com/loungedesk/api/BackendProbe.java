package com.loungedesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import okhttp3.Request;

/**
 * Finds out once, at connect time, what kind of backend a base URL is: one that serves the
 * {@code /orders} feed speaks the LoungeDesk contract; one that answers OCTO's {@code GET capabilities}
 * without it is a plain OCTO supplier. Two requests at most, both under the base URL.
 */
public final class BackendProbe {

    /** What was found, and a sentence saying how (for the screen and the log). */
    public record Found(BackendType type, String sentence) {
    }

    private BackendProbe() {
    }

    public static Found detect(HttpGateway gateway, String apiKey) throws ApiException {
        ApiException feedProblem;
        try {
            new OrdersClient(gateway).page(apiKey, Instant.now(), null, 1);
            return new Found(BackendType.LOUNGEDESK, "Backend type: loungedesk (" + gateway.base()
                    + " serves the /orders feed).");
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.UNREACHABLE || e.kind() == ApiException.Kind.CONFIG) {
                throw e;
            }
            feedProblem = e;
        }
        try {
            JsonNode capabilities = gateway.send(OctoRedemptionClient.octoRequest(apiKey,
                            new Request.Builder().url(gateway.url("capabilities").build())).get().build(),
                    AnswerMapper.Family.OCTO, gateway.type(JsonNode.class));
            if (capabilities != null && (capabilities.isArray() || capabilities.isObject())) {
                return new Found(BackendType.OCTO, "Backend type: octo (" + gateway.base()
                        + " answers GET capabilities and has no /orders feed).");
            }
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.UNREACHABLE) {
                throw e;
            }
        }
        if (feedProblem.kind() == ApiException.Kind.UNAUTHORIZED) {
            throw feedProblem;
        }
        throw new ApiException(ApiException.Kind.CONFIG, "", 0, "Could not tell what kind of backend "
                + gateway.base() + " is: it serves neither /orders nor OCTO's capabilities there. Check the "
                + "address (an OCTO supplier's includes its prefix, such as /octo/v1), or set the backend type.");
    }
}
