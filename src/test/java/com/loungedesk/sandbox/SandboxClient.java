package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A small OkHttp client for tests: real HTTP calls, answers read as status + JSON. */
final class SandboxClient {

    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** One answer: status, raw body, parsed JSON (null if not JSON), and the capabilities header. */
    record Answer(int status, String body, JsonNode json, String capabilities) {
        JsonNode data() {
            return json.get("data");
        }
    }

    private final String baseUrl;
    final OkHttpClient http;

    SandboxClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60)).retryOnConnectionFailure(false).build();
    }

    Answer octoGet(String pathAndQuery, String key) {
        return call(octo(new Request.Builder().url(baseUrl + pathAndQuery).get(), key).build());
    }

    Answer octo(String method, String path, String json, String key, String idempotencyKey) {
        Request.Builder b = octo(new Request.Builder().url(baseUrl + path)
                .method(method, RequestBody.create(json, JSON)), key);
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return call(b.build());
    }

    Answer redeem(String key, String json) {
        return octo("POST", "/octo/redemption/redeem", json, key, null);
    }

    Answer get(String pathAndQuery, String key) {
        Request.Builder b = new Request.Builder().url(baseUrl + pathAndQuery).get();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return call(b.build());
    }

    Answer post(String path, String json, String key, String idempotencyKey) {
        Request.Builder b = new Request.Builder().url(baseUrl + path).post(RequestBody.create(json, JSON));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return call(b.build());
    }

    Answer call(Request request) {
        try (Response r = http.newCall(request).execute()) {
            String body = r.body() == null ? "" : r.body().string();
            JsonNode json = null;
            try {
                json = body.isEmpty() ? null : MAPPER.readTree(body);
            } catch (IOException notJson) {
                json = null;
            }
            return new Answer(r.code(), body, json, r.header("Octo-Capabilities"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Request.Builder octo(Request.Builder b, String key) {
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return b.header("Octo-Capabilities", "octo/redemption");
    }
}
