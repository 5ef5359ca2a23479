package com.loungedesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A real sandbox on a free loopback port, plus the calls "another desk" and the simulator make. */
final class SandboxFixture implements AutoCloseable {

    final SandboxServer server;
    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    SandboxFixture(Path dir) {
        this(SandboxConfig.of(dir.resolve("sandbox.db")));
    }

    SandboxFixture(SandboxConfig config) {
        server = SandboxServer.start(config);
    }

    String url() {
        return server.baseUrl();
    }

    static DeskSettings settings(String url) {
        return DeskSettings.defaults().withBackend(url, DemoPasses.DEMO_KEYS);
    }

    /** POST to the sandbox with the main demo key; answers the envelope's data. */
    JsonNode post(String path, String body) throws IOException {
        return post(DemoPasses.DEMO_KEY, path, body);
    }

    JsonNode post(String key, String path, String body) throws IOException {
        Request r = new Request.Builder().url(url() + path).header("Authorization", "Bearer " + key)
                .post(RequestBody.create(body, MediaType.get("application/json"))).build();
        try (Response response = http.newCall(r).execute()) {
            JsonNode answer = json.readTree(response.body().string());
            if (answer.path("code").asInt(-1) != 0) {
                throw new IOException(path + " answered " + response.code() + " " + answer);
            }
            return answer.get("data");
        }
    }

    /** Every order of the main demo key with one of the given redemption codes. */
    List<JsonNode> ordersFor(String key, String code) throws IOException {
        Request r = new Request.Builder().url(url() + "/orders?limit=500").header("Authorization", "Bearer " + key).build();
        try (Response response = http.newCall(r).execute()) {
            JsonNode data = json.readTree(response.body().string()).get("data");
            List<JsonNode> out = new java.util.ArrayList<>();
            data.get("orders").forEach(o -> {
                for (JsonNode c : o.get("redemptionCodes")) {
                    if (c.asText().equals(code)) {
                        out.add(o);
                    }
                }
            });
            if (!data.get("nextCursor").isNull()) {
                throw new IOException("more than one page of orders; this helper reads one");
            }
            return out;
        }
    }

    @Override
    public void close() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
