package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Request reading shared by both OCTO route sets (our contract's {@link OctoRoutes} and the plain
 * supplier's {@link PlainOctoRoutes}): the capabilities header, redemption codes, the desk's keys,
 * and the plain supplier's refusal of fields and query parameters it does not define.
 */
final class OctoRequests {

    static final String CAPABILITIES = "Octo-Capabilities";
    static final String CAPABILITY = "octo/redemption";
    static final int MAX_CODES = 50;

    private OctoRequests() {
    }

    /** Answers carry the capabilities the request asked for. */
    static void echoCapabilities(Context ctx) {
        String capabilities = ctx.header(CAPABILITIES);
        if (capabilities != null) {
            ctx.header(CAPABILITIES, capabilities);
        }
    }

    /** Redemption calls need {@code Octo-Capabilities: octo/redemption}, else FORBIDDEN. */
    static void requireRedemptionCapability(Context ctx) {
        String capabilities = ctx.header(CAPABILITIES);
        if (capabilities == null || !List.of(capabilities.split("\\s*,\\s*")).contains(CAPABILITY)) {
            throw new ApiError(ErrorKind.FORBIDDEN, "This call needs the header \"Octo-Capabilities: octo/redemption\".");
        }
    }

    /** {@code redemptionCode}: one string, or an array of 1 to {@link #MAX_CODES} strings. */
    static List<String> codes(JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("\"redemptionCode\" is missing.");
        }
        if (node.isTextual()) {
            return List.of(Requests.reference(node.asText(), "\"redemptionCode\""));
        }
        if (!node.isArray() || node.size() == 0 || node.size() > MAX_CODES) {
            throw ApiError.badRequest("\"redemptionCode\" must be a string or an array of 1 to " + MAX_CODES
                    + " strings.");
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw ApiError.badRequest("Every entry of \"redemptionCode\" must be a string.");
            }
            codes.add(Requests.reference(item.asText(), "\"redemptionCode\""));
        }
        return codes;
    }

    /** {@code apiKeys} of a credentials request: at most {@link #MAX_CODES} strings of up to 200 characters. */
    static List<String> apiKeys(ObjectNode body) {
        JsonNode keys = body.get("apiKeys");
        if (keys == null || !keys.isArray() || keys.size() > MAX_CODES) {
            throw ApiError.badRequest("\"apiKeys\" must be an array of at most " + MAX_CODES + " strings.");
        }
        List<String> apiKeys = new ArrayList<>();
        for (JsonNode key : keys) {
            if (!key.isTextual() || key.asText().length() > 200) {
                throw ApiError.badRequest("Every entry of \"apiKeys\" must be a string of at most 200 characters.");
            }
            apiKeys.add(key.asText());
        }
        return apiKeys;
    }

    /** A plain supplier refuses body fields it does not define (our extras such as guests or orderId). */
    static void onlyFields(ObjectNode body, Set<String> allowed) {
        body.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                throw ApiError.badRequest("Unknown field \"" + clip(name) + "\"; this call accepts only "
                        + new TreeSet<>(allowed) + ".");
            }
        });
    }

    /** ... and query parameters it does not define, or gives twice. */
    static void onlyQuery(Context ctx, Set<String> allowed) {
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw ApiError.badRequest("Unknown query parameter \"" + clip(p.getKey()) + "\"; this call accepts only "
                        + new TreeSet<>(allowed) + ".");
            }
            if (p.getValue().size() > 1) {
                throw ApiError.badRequest("The query parameter \"" + p.getKey() + "\" is given more than once.");
            }
        }
    }

    private static String clip(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
