package com.loungedesk.app;

import com.loungedesk.ui.testkit.Forwarding;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A loopback proxy in front of the sandbox that forwards every call except one path, whose requests
 * it reads and then cuts the connection without forwarding (the backend never sees them).
 */
final class CuttingProxy extends Dispatcher implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient();
    private final String target;
    private final String cutPath;

    CuttingProxy(String target, String cutPath) throws IOException {
        this.target = target;
        this.cutPath = cutPath;
        server.setDispatcher(this);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (request.getPath().startsWith(cutPath)) {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
        return Forwarding.forward(http, target, request);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
