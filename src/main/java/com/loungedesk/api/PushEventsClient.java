package com.loungedesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Push-event recovery ({@code GET /push/events?since=}, every page, oldest first) and, on the
 * sandbox, registering a push receiver ({@code POST /sandbox/subscribers}). Events come back as JSON
 * trees: the push package parses and checks them.
 */
public final class PushEventsClient implements PushRecovery {

    private static final int PAGE_LIMIT = 500;
    private static final int MAX_PAGES = 1_000;
    private final HttpGateway gateway;

    public PushEventsClient(HttpGateway gateway) {
        this.gateway = gateway;
    }

    /** Every event the key's supplier recorded after {@code since} (null = all), oldest first. */
    @Override
    public List<JsonNode> since(String apiKey, Instant since) throws ApiException {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpUrl.Builder url = gateway.url("push/events").addQueryParameter("limit", String.valueOf(PAGE_LIMIT));
            if (since != null) {
                url.addQueryParameter("since", since.toString());
            }
            if (cursor != null) {
                url.addQueryParameter("cursor", cursor);
            }
            JsonNode data = gateway.send(OrdersClient.bearer(apiKey, new Request.Builder().url(url.build())).get().build(),
                    AnswerMapper.Family.ORDERS, gateway.type(JsonNode.class));
            if (data == null || !data.path("events").isArray()) {
                throw AnswerMapper.badResponse(200, null);
            }
            data.get("events").forEach(all::add);
            String next = data.path("nextCursor").isTextual() ? data.get("nextCursor").asText() : null;
            if (next != null && next.equals(cursor)) {
                throw AnswerMapper.badResponse(200, null);
            }
            cursor = next;
            pages++;
        } while (cursor != null && pages < MAX_PAGES);
        return all;
    }

    /** Registers {@code url} for pushes of {@code events} (sandbox only); answers the subscriber id. */
    @Override
    public String subscribe(String apiKey, String url, List<String> events) throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("events", events);
        JsonNode data = gateway.send(OrdersClient.bearer(apiKey, new Request.Builder()
                        .url(gateway.url("sandbox/subscribers").build())).post(gateway.body(body)).build(),
                AnswerMapper.Family.ORDERS, gateway.type(JsonNode.class));
        return data == null ? "" : data.path("subscriberId").asText("");
    }

    @Override
    public boolean offered() {
        return true;
    }
}
