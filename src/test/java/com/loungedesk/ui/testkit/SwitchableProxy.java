package com.loungedesk.ui.testkit;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A loopback proxy in front of a real backend that can be switched off (every connection is dropped
 * before an answer, as when the network is down: the backend never sees the call) and on again. It
 * keeps the method and path of every request that reached it.
 */
public final class SwitchableProxy extends Dispatcher implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient();
    private final String target;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger redeemsForwarded = new AtomicInteger();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public SwitchableProxy(String target) throws IOException {
        this.target = target;
        server.setDispatcher(this);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** The proxy's URL with {@code path} (a supplier's prefix, say). */
    public String url(String path) {
        return url() + path;
    }

    /** "METHOD /path?query" of every request that reached the proxy, in order (also while down). */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void down(boolean isDown) {
        down.set(isDown);
    }

    /** Redeem calls that reached the backend. */
    public int redeemsForwarded() {
        return redeemsForwarded.get();
    }

    /** While down, a new connection is dropped at once (the backend never sees a request). */
    @Override
    public MockResponse peek() {
        return down.get() ? new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START) : super.peek();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (request.getMethod() != null) { // a connection dropped at once while down carries no request
            requests.add(request.getMethod() + " " + request.getPath());
        }
        if (down.get()) {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
        if (request.getPath().startsWith("/octo/redemption/redeem") && "POST".equals(request.getMethod())) {
            redeemsForwarded.incrementAndGet();
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
