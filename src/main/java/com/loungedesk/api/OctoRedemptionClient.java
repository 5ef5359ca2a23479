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
 * The OCTO redemption calls on the wire: credentials, lookup, redeem, un-redeem, validate, under
 * {@code path} relative to the base URL ({@code octo/redemption} on a LoungeDesk backend,
 * {@code redemption} on a plain OCTO supplier whose base URL carries its own prefix). Every call but
 * credentials carries the Bearer key and {@code Octo-Capabilities: octo/redemption}. What a body
 * holds beyond {@code redemptionCode}, and whether an Idempotency-Key goes with it, is the caller's
 * choice: a plain supplier gets neither.
 */
public final class OctoRedemptionClient {

    private static final String CAPABILITY = "octo/redemption";
    private final HttpGateway gateway;
    private final String path;

    public OctoRedemptionClient(HttpGateway gateway, String path) {
        this.gateway = gateway;
        this.path = path;
    }

    /** The LoungeDesk contract's client ({@code /octo/redemption} under the base URL). */
    public OctoRedemptionClient(HttpGateway gateway) {
        this(gateway, "octo/redemption");
    }

    public HttpGateway gateway() {
        return gateway;
    }

    /** Which of the keys owns the reference, or null when none does. */
    public String credentials(String reference, List<String> apiKeys) throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("apiKeys", apiKeys);
        Request request = new Request.Builder().url(gateway.url(path + "/credentials").build())
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

    /** The bookings behind a reference; empty when the supplier does not know it. A single object counts as one. */
    public List<LookupItem> lookup(String apiKey, String reference) throws ApiException {
        Request request = authorized(apiKey, new Request.Builder()
                .url(gateway.url(path + "/lookup").addQueryParameter("reference", reference).build()))
                .get().build();
        JsonNode answer = gateway.send(request, AnswerMapper.Family.OCTO, gateway.type(JsonNode.class));
        return answer == null || answer.isNull() ? List.of() : bookings(answer, true);
    }

    /**
     * Redeems one or several codes in one request ({@code redemptionCode} a string for one, an array
     * for several), with {@code extras} added to the body; answers the booking(s).
     */
    public List<LookupItem> redeem(String apiKey, List<String> codes, Map<String, Object> extras,
                                   String idempotencyKey) throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("redemptionCode", codes.size() == 1 ? codes.get(0) : codes);
        body.putAll(extras);
        List<LookupItem> items = bookings(mutate(apiKey, "POST", "/redeem", gateway.body(body), idempotencyKey), false);
        if (items.isEmpty()) {
            throw AnswerMapper.badResponse(200, null);
        }
        return items;
    }

    /** The LoungeDesk contract's redeem: {@code guests}, and {@code notes} when given, in the body. */
    public List<LookupItem> redeem(String apiKey, List<String> codes, int guests, String notes, String idempotencyKey)
            throws ApiException {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("guests", guests);
        if (notes != null && !notes.isBlank()) {
            extras.put("notes", notes);
        }
        return redeem(apiKey, codes, extras, idempotencyKey);
    }

    /** The LoungeDesk contract's un-redeem: the usage {@code orderId} (when known) and the reason in the body. */
    public LookupItem unredeem(String apiKey, String code, String orderId, String reason, String idempotencyKey)
            throws ApiException {
        Map<String, Object> extras = new LinkedHashMap<>();
        if (orderId != null) {
            extras.put("orderId", orderId);
        }
        extras.put("reason", reason);
        return unredeem(apiKey, code, extras, idempotencyKey);
    }

    /** Un-redeems a code, with {@code extras} added to the body; the answer is the booking as it now is. */
    public LookupItem unredeem(String apiKey, String code, Map<String, Object> extras, String idempotencyKey)
            throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("redemptionCode", code);
        body.putAll(extras);
        return convert(mutate(apiKey, "DELETE", "/redeem", gateway.body(body), idempotencyKey), LookupItem.class);
    }

    /** Server-side validation (redeems when valid and not yet redeemed); the answer as sent. */
    public JsonNode validate(String apiKey, String code, String idempotencyKey) throws ApiException {
        return mutate(apiKey, "POST", "/validate", gateway.body(Map.of("redemptionCode", code)), idempotencyKey);
    }

    private JsonNode mutate(String apiKey, String method, String call, RequestBody body, String idempotencyKey)
            throws ApiException {
        Request.Builder request = authorized(apiKey, new Request.Builder().url(gateway.url(path + call).build()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", requireKey(idempotencyKey));
        }
        JsonNode answer = gateway.send(request.method(method, body).build(), AnswerMapper.Family.OCTO,
                gateway.type(JsonNode.class));
        if (answer == null || answer.isNull()) {
            throw AnswerMapper.badResponse(200, null);
        }
        return answer;
    }

    /** An array of bookings, or one booking; anything else (or a null entry) is an unreadable answer. */
    private List<LookupItem> bookings(JsonNode answer, boolean emptyAllowed) throws ApiException {
        List<LookupItem> items = new ArrayList<>();
        if (answer.isArray()) {
            for (JsonNode n : answer) {
                items.add(convert(n, LookupItem.class));
            }
        } else if (answer.isObject() && (answer.hasNonNull("uuid") || answer.hasNonNull("id"))) {
            items.add(convert(answer, LookupItem.class));
        } else {
            throw AnswerMapper.badResponse(200, null);
        }
        if (!emptyAllowed && items.isEmpty()) {
            throw AnswerMapper.badResponse(200, null);
        }
        return items.stream().filter(Objects::nonNull).toList();
    }

    /** One JSON object read as {@code type}; anything else is an unreadable answer. */
    public <T> T convert(JsonNode node, Class<T> type) throws ApiException {
        try {
            T value = node != null && node.isObject() ? gateway.json().treeToValue(node, type) : null;
            if (value == null) {
                throw AnswerMapper.badResponse(200, null);
            }
            return value;
        } catch (java.io.IOException e) {
            throw AnswerMapper.badResponse(200, e);
        }
    }

    static Request.Builder authorized(String apiKey, Request.Builder builder) throws ApiException {
        if (apiKey == null || apiKey.isBlank()) {
            throw new ApiException(ApiException.Kind.CONFIG, "", 0, "No supplier key is configured for this call.");
        }
        return builder.header("Authorization", "Bearer " + apiKey).header("Octo-Capabilities", CAPABILITY);
    }

    /** The same request headers, for other OCTO calls (bookings, capabilities). */
    public static Request.Builder octoRequest(String apiKey, Request.Builder builder) throws ApiException {
        return authorized(apiKey, builder);
    }

    static String requireKey(String idempotencyKey) throws ApiException {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new ApiException(ApiException.Kind.CONFIG, "", 0, "Every change needs an idempotency key.");
        }
        return idempotencyKey;
    }
}
