package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A scripted push receiver for tests: answers the n-th push as told and records every push. */
final class PushReceiver implements AutoCloseable {

    /** One push as received. */
    record Push(long atNanos, String eventId, String eventType, String token, String body, JsonNode json) {
    }

    static final MockResponse SUCCESS = new MockResponse().setResponseCode(200)
            .setHeader("Content-Type", "application/json").setBody("{\"status\":\"success\"}");

    final MockWebServer server = new MockWebServer();
    final List<Push> pushes = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    PushReceiver(IntFunction<MockResponse> answerForNth) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().readUtf8();
                String auth = request.getHeader("Authorization");
                JsonNode json;
                try {
                    json = SandboxClient.MAPPER.readTree(body);
                } catch (IOException e) {
                    json = null;
                }
                pushes.add(new Push(System.nanoTime(), request.getHeader("X-Event-Id"),
                        request.getHeader("X-Event-Type"), auth == null ? null : auth.substring("Bearer ".length()),
                        body, json));
                return answerForNth.apply(count.incrementAndGet());
            }
        });
    }

    PushReceiver start(int port) throws IOException {
        server.start(port);
        return this;
    }

    String url() {
        return server.url("/hooks/dragonpass").toString();
    }

    /** Waits (generously) until at least n pushes arrived. */
    void awaitPushes(int n) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (pushes.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (pushes.size() < n) {
            throw new AssertionError("expected " + n + " pushes, got " + pushes.size());
        }
    }

    /** Verifies a push token against a JWKS document; answers the verified JWT. */
    static SignedJWT verify(String token, String jwksJson) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        RSAKey key = (RSAKey) JWKSet.parse(jwksJson).getKeyByKeyId(jwt.getHeader().getKeyID());
        if (key == null || !jwt.verify(new RSASSAVerifier(key))) {
            throw new AssertionError("push signature does not verify against the JWKS");
        }
        return jwt;
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
