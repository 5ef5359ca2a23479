package com.loungedesk.app;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** An HTTP relay in front of a real server that records every request's method and path. */
final class RecordingRelay implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    RecordingRelay(String target) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                requests.add(r.getMethod() + " " + r.getPath());
                byte[] body = r.getBody().readByteArray();
                Headers.Builder headers = new Headers.Builder();
                r.getHeaders().forEach(h -> {
                    if (!h.getFirst().equalsIgnoreCase("Host") && !h.getFirst().equalsIgnoreCase("Content-Length")) {
                        headers.add(h.getFirst(), h.getSecond());
                    }
                });
                String type = r.getHeader("Content-Type");
                RequestBody forwarded = body.length == 0 && !"DELETE".equals(r.getMethod())
                        && !"POST".equals(r.getMethod()) ? null
                        : RequestBody.create(body, type == null ? null : MediaType.parse(type));
                Request out = new Request.Builder().url(target + r.getPath()).headers(headers.build())
                        .method(r.getMethod(), forwarded).build();
                try (Response answer = http.newCall(out).execute()) {
                    MockResponse m = new MockResponse().setResponseCode(answer.code())
                            .setBody(answer.body() == null ? "" : answer.body().string());
                    String answerType = answer.header("Content-Type");
                    if (answerType != null) {
                        m.setHeader("Content-Type", answerType);
                    }
                    return m;
                } catch (IOException e) {
                    return new MockResponse().setResponseCode(502);
                }
            }
        });
        server.start();
    }

    /** The relay's base URL with {@code path}. */
    String url(String path) {
        return server.url(path).toString().replaceAll("/$", "");
    }

    /** "METHOD /path?query" of every request so far, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
