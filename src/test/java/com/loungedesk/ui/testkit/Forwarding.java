package com.loungedesk.ui.testkit;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/** How the test proxies pass a request on to the real backend behind them, and its answer back. */
public final class Forwarding {

    private Forwarding() {
    }

    /** {@code request} sent on to {@code target} (same method, path, headers and body); a failure is a 502. */
    public static MockResponse forward(OkHttpClient http, String target, RecordedRequest request) {
        Request.Builder forward = new Request.Builder().url(target + request.getPath());
        request.getHeaders().forEach(h -> {
            if (!h.getFirst().equalsIgnoreCase("Host") && !h.getFirst().equalsIgnoreCase("Content-Length")) {
                forward.header(h.getFirst(), h.getSecond());
            }
        });
        byte[] body = request.getBody().readByteArray();
        forward.method(request.getMethod(), request.getMethod().equals("GET") ? null
                : RequestBody.create(body, MediaType.get("application/json")));
        try (Response r = http.newCall(forward.build()).execute()) {
            return new MockResponse().setResponseCode(r.code()).setHeader("Content-Type", "application/json")
                    .setBody(r.body().string());
        } catch (IOException e) {
            return new MockResponse().setResponseCode(502).setBody("{\"error\":\"BAD_GATEWAY\",\"errorMessage\":\"proxy\"}");
        }
    }
}
