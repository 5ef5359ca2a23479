package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.internal.http.HttpMethod;

/**
 * The real sandbox over real HTTP under garbage: random methods, known and unknown paths with random
 * segments, random query strings, headers (good, bad and missing keys and capabilities, odd
 * Idempotency-Keys and content types) and bodies (random text and JSON with random values). It never
 * answers 5xx and always answers (a 15 s call limit turns a hang into a failure).
 */
class SandboxGarbagePropertiesTest {

    private static final List<String> PATHS = List.of("/octo/redemption/lookup", "/octo/redemption/redeem",
            "/octo/redemption/validate", "/octo/redemption/credentials", "/orders", "/orders/DP00000000000001",
            "/orders/DP00000000000001/cancel", "/sandbox/passes", "/sandbox/simulate/walkin",
            "/sandbox/simulate/cancel/DP00000000000002", "/sandbox/simulate/prebooking/DP00000000000011",
            "/sandbox/subscribers", "/sandbox/deliveries", "/push/events", "/.well-known/jwks.json", "/", "/octo",
            "/nothing/here");
    private static final List<String> FIELDS = List.of("redemptionCode", "guests", "notes", "reference", "orderId",
            "reason", "operatorId", "kind", "entitlements", "status", "url", "events", "remarks");

    private static Path dir;
    private static SandboxServer server;
    private static OkHttpClient http;
    private static int answered;

    @BeforeContainer
    static void start() throws IOException {
        dir = Files.createTempDirectory("garbage");
        server = SandboxServer.start(SandboxConfig.of(dir.resolve("sandbox.db")));
        http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(15)).retryOnConnectionFailure(false).build();
    }

    @AfterContainer
    static void stop() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        System.out.println("FIGURE sandbox garbage: " + answered + " requests, none answered 5xx, none hung");
    }

    record Target(String method, String path, List<String> segments, Map<String, String> query) {
    }

    record Garbage(Target target, int auth, boolean capability, String idempotencyKey, String contentType, String body) {
        String method() {
            return target.method();
        }
    }

    static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(30),
                Arbitraries.of("", "null", "-1", "0", "1e400", "99999999999999999999", "2026-13-45T99:99:99Z", "%00",
                        "../../etc/passwd", "'; DROP TABLE orders;--", "\u202e\u0631\ud83d\ude00", "DP00000000000001",
                        DemoPasses.WALKIN_EPASS, "true"));
    }

    static Arbitrary<String> jsonValue() {
        return Arbitraries.oneOf(text().map(t -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"")
                        .replaceAll("[\\x00-\\x1f]", " ") + "\""),
                Arbitraries.of("null", "true", "-3", "0", "2", "2.5", "1e400", "123456789012345678901234567890", "[]",
                        "{}", "[\"a\",1]", "{\"a\":{}}", "[".repeat(3000) + "]".repeat(3000)));
    }

    @Provide
    Arbitrary<Garbage> garbage() {
        Arbitrary<String> body = Arbitraries.oneOf(text(),
                Combinators.combine(Arbitraries.of(FIELDS).list().ofMaxSize(4), jsonValue().list().ofSize(4))
                        .as((names, values) -> {
                            StringBuilder b = new StringBuilder("{");
                            for (int i = 0; i < names.size(); i++) {
                                b.append(i == 0 ? "" : ",").append('"').append(names.get(i)).append("\":").append(values.get(i));
                            }
                            return b.append('}').toString();
                        }));
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(250);
        Arbitrary<Target> target = Combinators.combine(
                Arbitraries.of("GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD"),
                Arbitraries.of(PATHS),
                text().list().ofMaxSize(2),
                Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of("updatedSince", "cursor", "limit", "since"), text()), text())
                        .ofMaxSize(3)).as(Target::new);
        return Combinators.combine(target,
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false),
                Arbitraries.oneOf(Arbitraries.just(""), ascii),
                Arbitraries.of("application/json", "text/plain", "application/x-www-form-urlencoded", "", "a/b; charset=x"),
                body).as(Garbage::new);
    }

    @Property(tries = 3000)
    void garbageNeverGets5xxAndAlwaysAnAnswer(@ForAll("garbage") Garbage g) throws IOException {
        HttpUrl.Builder url = HttpUrl.get(server.baseUrl()).newBuilder().encodedPath(g.target().path());
        g.target().segments().forEach(url::addPathSegment);
        g.target().query().forEach(url::addQueryParameter);
        Request.Builder r = new Request.Builder().url(url.build());
        switch (g.auth()) {
            case 0 -> r.header("Authorization", "Bearer " + DemoPasses.DEMO_KEY);
            case 1 -> r.header("Authorization", "Bearer " + DemoPasses.PARTNER_KEY);
            case 2 -> r.header("Authorization", "Basic Zm9vOmJhcg==");
            default -> { }
        }
        if (g.capability()) {
            r.header("Octo-Capabilities", "octo/redemption");
        }
        if (!g.idempotencyKey().isEmpty()) {
            r.header("Idempotency-Key", g.idempotencyKey());
        }
        RequestBody body = HttpMethod.permitsRequestBody(g.method())
                ? RequestBody.create(g.body(), g.contentType().isEmpty() ? null : MediaType.parse(g.contentType())) : null;
        r.method(g.method(), body);
        try (Response response = http.newCall(r.build()).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            assertTrue(response.code() < 500, g + " -> " + response.code() + " " + text);
            synchronized (SandboxGarbagePropertiesTest.class) {
                answered++;
            }
        }
    }
}
