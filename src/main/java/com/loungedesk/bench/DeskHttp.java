package com.loungedesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The raw calls a simulated desk makes, for load scenarios (status code + parsed body). */
final class DeskHttp {

    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String key;

    /** A pass the sandbox made for a run: the reference to scan and the code to redeem. */
    record Pass(String reference, String redemptionCode) {
    }

    record Answer(int code, JsonNode body) {
        boolean ok() {
            return code / 100 == 2;
        }
    }

    DeskHttp(Backend backend, int desks) {
        Dispatcher d = new Dispatcher();
        d.setMaxRequests(desks * 2);
        d.setMaxRequestsPerHost(desks * 2);
        http = new OkHttpClient.Builder().dispatcher(d).connectionPool(new ConnectionPool(desks + 4, 1, TimeUnit.MINUTES))
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).build();
        base = backend.baseUrl();
        key = backend.apiKey();
    }

    /** A new walk-in e-pass on the sandbox (up to 2 guests); throws with the answer when it is refused. */
    Pass newWalkIn(int entitlements) throws IOException {
        Answer a = post("/sandbox/passes", Map.of("kind", "walkin", "entitlements", entitlements, "guestsAllowed", 2));
        JsonNode data = a.body().path("data");
        if (!a.ok() || !data.hasNonNull("reference")) {
            throw new IllegalStateException("could not create a pass: " + a.code() + " " + a.body());
        }
        return new Pass(data.get("reference").asText(), data.path("bookings").path(0).path("redemptionCode").asText());
    }

    /** {@code POST /sandbox/simulate/busy-day}: the order ids it made; throws with the answer when refused. */
    static java.util.List<String> busyDay(Backend backend, int orders) throws IOException {
        DeskHttp http = new DeskHttp(backend, 1);
        try {
            Answer a = http.post("/sandbox/simulate/busy-day", Map.of("orders", orders));
            JsonNode ids = a.body().path("data").path("orderIds");
            if (!a.ok() || ids.size() != orders) {
                throw new IllegalStateException("the sandbox did not make " + orders + " orders: " + a.code());
            }
            java.util.List<String> made = new java.util.ArrayList<>(orders);
            ids.forEach(id -> made.add(id.asText()));
            return made;
        } finally {
            http.close();
        }
    }

    Answer get(String path) throws IOException {
        return call(new Request.Builder().url(base + path).get());
    }

    Answer post(String path, Map<String, ?> body) throws IOException {
        return call(new Request.Builder().url(base + path).post(RequestBody.create(json.writeValueAsBytes(body), JSON))
                .header("Idempotency-Key", UUID.randomUUID().toString()));
    }

    Answer delete(String path, Map<String, ?> body) throws IOException {
        return call(new Request.Builder().url(base + path).delete(RequestBody.create(json.writeValueAsBytes(body), JSON))
                .header("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private Answer call(Request.Builder rb) throws IOException {
        Request r = rb.header("Authorization", "Bearer " + key).header("Octo-Capabilities", "octo/redemption").build();
        try (Response resp = http.newCall(r).execute()) {
            byte[] bytes = resp.body() == null ? new byte[0] : resp.body().bytes();
            JsonNode node = bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
            return new Answer(resp.code(), node);
        }
    }

    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
