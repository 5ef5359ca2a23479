package com.loungedesk.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A real sandbox on a free loopback port, and the calls "another desk" or the test itself makes to it. */
final class LiveSandbox implements AutoCloseable {

    private final SandboxServer server;
    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    LiveSandbox(Path dir) {
        this(SandboxConfig.of(dir.resolve("sandbox.db")));
    }

    LiveSandbox(SandboxConfig config) {
        server = SandboxServer.start(config);
    }

    String url() {
        return server.baseUrl();
    }

    static DeskSettings settings(String url) {
        return DeskSettings.defaults().withBackend(url, DemoPasses.DEMO_KEYS)
                .withBackendType(DeskSettings.BackendType.LOUNGEDESK);
    }

    /** A fresh walk-in e-pass with {@code entitlements} visits; answers its reference. */
    String newWalkIn(int entitlements) throws IOException {
        return envelope("POST", DemoPasses.DEMO_KEY, "/sandbox/passes",
                "{\"kind\":\"walkin\",\"entitlements\":" + entitlements + "}").get("reference").asText();
    }

    /** Redeems {@code reference} as another desk would (straight OCTO call); answers the usage order id. */
    String redeemElsewhere(String reference) throws IOException {
        Request r = new Request.Builder().url(url() + "/octo/redemption/redeem")
                .header("Authorization", "Bearer " + DemoPasses.DEMO_KEY)
                .header("Octo-Capabilities", "octo/redemption")
                .header("Idempotency-Key", "other-" + UUID.randomUUID())
                .post(RequestBody.create("{\"redemptionCode\":\"" + reference + "\"}", MediaType.get("application/json")))
                .build();
        try (Response response = http.newCall(r).execute()) {
            JsonNode answer = json.readTree(response.body().string());
            if (response.code() != 200) {
                throw new IOException("redeem answered " + response.code() + " " + answer);
            }
            return answer.get("orderId").asText();
        }
    }

    JsonNode envelope(String method, String key, String path, String body) throws IOException {
        Request.Builder r = new Request.Builder().url(url() + path).header("Authorization", "Bearer " + key);
        r.method(method, body == null ? null : RequestBody.create(body, MediaType.get("application/json")));
        try (Response response = http.newCall(r.build()).execute()) {
            JsonNode answer = json.readTree(response.body().string());
            if (answer.path("code").asInt(-1) != 0) {
                throw new IOException(path + " answered " + response.code() + " " + answer);
            }
            return answer.get("data");
        }
    }

    /** Every order the key owns, walking all pages. */
    List<JsonNode> orders(String key) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode data = envelope("GET", key, "/orders?limit=500" + (cursor == null ? "" : "&cursor=" + cursor), null);
            data.get("orders").forEach(out::add);
            cursor = data.get("nextCursor").isNull() ? null : data.get("nextCursor").asText();
        } while (cursor != null);
        return out;
    }

    /** The main key's orders carrying {@code code} among their redemption codes. */
    List<JsonNode> ordersFor(String code) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode o : orders(DemoPasses.DEMO_KEY)) {
            o.get("redemptionCodes").forEach(c -> {
                if (c.asText().equals(code)) {
                    out.add(o);
                }
            });
        }
        return out;
    }

    JsonNode order(String orderId) throws IOException {
        return envelope("GET", DemoPasses.DEMO_KEY, "/orders/" + orderId, null);
    }

    @Override
    public void close() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
