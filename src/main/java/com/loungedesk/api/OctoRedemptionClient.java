package com.loungedesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The OCTO redemption capability: credentials, lookup, redeem, un-redeem, validate. Every call but
 * credentials carries the Bearer key and {@code Octo-Capabilities: octo/redemption}; every mutating
 * call carries the caller's Idempotency-Key (made once per staff action, reused on every retry).
 */
public final class OctoRedemptionClient {

    private static final String CAPABILITY = "octo/redemption";
    private final HttpGateway gateway;

    public OctoRedemptionClient(HttpGateway gateway) {
        this.gateway = gateway;
    }

    /** Which of the keys owns the reference, or null when none does. */
    public String credentials(String reference, List<String> apiKeys) throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("apiKeys", apiKeys);
        Request request = new Request.Builder().url(gateway.url("/octo/redemption/credentials").build())
                .post(gateway.body(body)).build();
        JsonNode answer = gateway.send(request, AnswerMapper.Family.OCTO, gateway.type(JsonNode.class));
        if (answer == null || !answer.isObject() || !answer.has("apiKey")) {
            throw AnswerMapper.badResponse(200, null);
        }
        JsonNode key = answer.get("apiKey");
        if (key.isNull()) {
            return null;
        }
        if (!key.isTextual() || !apiKeys.contains(key.asText())) {
            throw AnswerMapper.badResponse(200, null);
        }
        return key.asText();
    }

    /** The bookings behind a reference; empty when the supplier does not know it. */
    public List<LookupItem> lookup(String apiKey, String reference) throws ApiException {
        Request request = authorized(apiKey, new Request.Builder()
                .url(gateway.url("/octo/redemption/lookup").addQueryParameter("reference", reference).build()))
                .get().build();
        List<LookupItem> items = gateway.send(request, AnswerMapper.Family.OCTO, gateway.listOf(LookupItem.class));
        return items == null ? List.of() : withoutNulls(items);
    }

    /** Redeems one or several codes of one reference in one request; the answer has the order id. */
    public List<LookupItem> redeem(String apiKey, List<String> codes, int guests, String notes, String idempotencyKey)
            throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("redemptionCode", codes.size() == 1 ? codes.get(0) : codes);
        body.put("guests", guests);
        if (notes != null && !notes.isBlank()) {
            body.put("notes", notes);
        }
        JsonNode answer = mutate(apiKey, "POST", "/octo/redemption/redeem", gateway.body(body), idempotencyKey);
        List<LookupItem> items = new ArrayList<>();
        try {
            if (answer.isArray()) {
                for (JsonNode n : answer) {
                    items.add(gateway.json().treeToValue(n, LookupItem.class));
                }
            } else if (answer.isObject()) {
                items.add(gateway.json().treeToValue(answer, LookupItem.class));
            }
        } catch (java.io.IOException e) {
            throw AnswerMapper.badResponse(200, e);
        }
        if (items.isEmpty() || items.stream().anyMatch(Objects::isNull)) {
            throw AnswerMapper.badResponse(200, null);
        }
        return items;
    }

    /** Un-redeems (cancels) a walk-in usage; the answer is the booking as it now is, with the order id. */
    public LookupItem unredeem(String apiKey, String code, String orderId, String reason, String idempotencyKey)
            throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("redemptionCode", code);
        if (orderId != null) {
            body.put("orderId", orderId);
        }
        body.put("reason", reason);
        JsonNode answer = mutate(apiKey, "DELETE", "/octo/redemption/redeem", gateway.body(body), idempotencyKey);
        return convert(answer, LookupItem.class);
    }

    /** Server-side validation; redeems when valid and not yet redeemed. */
    public ValidateResult validate(String apiKey, String code, String idempotencyKey) throws ApiException {
        JsonNode answer = mutate(apiKey, "POST", "/octo/redemption/validate",
                gateway.body(Map.of("redemptionCode", code)), idempotencyKey);
        return convert(answer, ValidateResult.class);
    }

    private JsonNode mutate(String apiKey, String method, String path, RequestBody body, String idempotencyKey)
            throws ApiException {
        Request request = authorized(apiKey, new Request.Builder().url(gateway.url(path).build()))
                .header("Idempotency-Key", requireKey(idempotencyKey))
                .method(method, body).build();
        JsonNode answer = gateway.send(request, AnswerMapper.Family.OCTO, gateway.type(JsonNode.class));
        if (answer == null || answer.isNull()) {
            throw AnswerMapper.badResponse(200, null);
        }
        return answer;
    }

    private <T> T convert(JsonNode node, Class<T> type) throws ApiException {
        try {
            T value = node.isObject() ? gateway.json().treeToValue(node, type) : null;
            if (value == null) {
                throw AnswerMapper.badResponse(200, null);
            }
            return value;
        } catch (java.io.IOException e) {
            throw AnswerMapper.badResponse(200, e);
        }
    }

    private static Request.Builder authorized(String apiKey, Request.Builder builder) throws ApiException {
        if (apiKey == null || apiKey.isBlank()) {
            throw new ApiException(ApiException.Kind.CONFIG, "", 0, "No supplier key is configured for this call.");
        }
        return builder.header("Authorization", "Bearer " + apiKey).header("Octo-Capabilities", CAPABILITY);
    }

    static String requireKey(String idempotencyKey) throws ApiException {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new ApiException(ApiException.Kind.CONFIG, "", 0, "Every change needs an idempotency key.");
        }
        return idempotencyKey;
    }

    private static List<LookupItem> withoutNulls(List<LookupItem> items) {
        return items.stream().filter(Objects::nonNull).toList();
    }
}
