package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OctoRedemptionClient;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Slow, busy, unnamed and untrusted backends give a clear state and a sentence, and waiting costs
 * (almost) no CPU: the desk sleeps while it waits, it does not spin.
 */
class TransportFaultsTest {

    static final String BOOKING = "{\"id\":\"b1\",\"uuid\":\"b1\",\"supplierReference\":\"R1\",\"status\":\"REDEEMED\","
            + "\"redemptionCode\":\"C1\",\"redeemable\":false,\"orderId\":\"DP1\",\"unitItems\":[]}";

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    /**
     * CPU of the calling thread: a synchronous call waits (and would spin) there. The process's CPU also
     * counted the JIT, the GC and other tests' threads, which made the check fail on a busy machine.
     */
    private static long callerCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU of the whole process: for work that runs on the services' own threads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private OctoRedemptionClient client(ApiConfig config) throws ApiException {
        return new OctoRedemptionClient(new HttpGateway(config, Json.mapper()));
    }

    private static ApiConfig config(String url) {
        return ApiConfig.of(url, false);
    }

    /** Runs the call, answering {cpu ms of the whole process, wall ms}. */
    /** {caller thread CPU ms, wall ms} of a synchronous call. */
    private static long[] measured(ThrowingRunnable call) throws Exception {
        long cpu = callerCpuNanos();
        long wall = System.nanoTime();
        call.run();
        return new long[] {(callerCpuNanos() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000};
    }

    /** {process CPU ms, wall ms} while {@code call} runs. */
    private static long[] measuredProcess(ThrowingRunnable call) throws Exception {
        long cpu = processCpuNanos();
        long wall = System.nanoTime();
        call.run();
        return new long[] {(processCpuNanos() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000};
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aTenSecondSlowAnswerIsWaitedForWithoutBurningCpu() throws Exception {
        server.enqueue(new MockResponse().setHeadersDelay(10, TimeUnit.SECONDS).setBody(BOOKING));
        OctoRedemptionClient octo = client(config(server.url("/").toString()));
        List<LookupItem>[] answer = new List[1];
        long[] m = measured(() -> answer[0] = octo.redeem("k1", List.of("C1"), 0, null, "key-slow"));
        assertEquals("DP1", answer[0].get(0).orderId());
        assertTrue(m[1] >= 9_500, "the answer really was slow: " + m[1] + " ms");
        assertTrue(m[0] < m[1] / 4, "waiting must not spin: " + m[0] + " ms CPU in " + m[1] + " ms");
        System.out.println("FIGURE slow backend 10 s: answered after " + m[1] + " ms, caller thread CPU " + m[0] + " ms");
    }

    @Test
    void aBackendSlowerThanTheReadLimitEndsInATimeoutSentenceThatMayBeRetried() throws Exception {
        ApiException e;
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            OctoRedemptionClient octo = client(config("http://127.0.0.1:" + silent.getLocalPort())
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)));
            e = assertThrows(ApiException.class, () -> octo.redeem("k1", List.of("C1"), 0, null, "key-t"));
        }
        assertEquals(ApiException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.mayRetry(), "a timeout leaves the outcome unknown: kept in the outbox");
        assertTrue(e.getMessage().endsWith("did not answer in time."), e.getMessage());
    }

    @Test
    @EnabledIfSystemProperty(named = "loungedesk.slow", matches = "true")
    void aSixtySecondSlowBackendTimesOutWithTheDefaultLimitsWithoutBurningCpu() throws Exception {
        ApiException[] e = new ApiException[1];
        long[] m;
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            OctoRedemptionClient octo = client(config("http://127.0.0.1:" + silent.getLocalPort()));
            m = measured(() -> e[0] = assertThrows(ApiException.class,
                    () -> octo.redeem("k1", List.of("C1"), 0, null, "key-60")));
        }
        assertTrue(e[0].getMessage().endsWith("did not answer in time."), e[0].getMessage());
        assertTrue(m[0] < m[1] / 4, m[0] + " ms CPU in " + m[1] + " ms");
        System.out.println("FIGURE slow backend 60 s: gave up after " + m[1] + " ms (read limit), caller thread CPU " + m[0] + " ms");
    }

    @Test
    void busyAnswers429And503AreRetriedAfterRetryAfterWithTheSameKeyAndNoSpinning() throws Exception {
        OctoRedemptionClient octo = client(config(server.url("/").toString()));
        server.enqueue(new MockResponse().setBody(BOOKING));
        octo.redeem("k1", List.of("C0"), 0, null, "key-warm"); // classes loaded before the CPU is counted
        server.takeRequest();
        String date = ZonedDateTime.now().plusSeconds(2).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
        server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", date));
        server.enqueue(new MockResponse().setBody(BOOKING));
        List<LookupItem>[] answer = new List[1];
        long[] m = measured(() -> answer[0] = octo.redeem("k1", List.of("C1"), 0, null, "key-busy"));
        assertEquals("DP1", answer[0].get(0).orderId());
        assertEquals(4, server.getRequestCount());
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = server.takeRequest();
            assertEquals("key-busy", r.getHeader("Idempotency-Key"));
        }
        assertTrue(m[1] >= 1_000, "Retry-After was honoured: " + m[1] + " ms");
        assertTrue(m[0] < m[1] / 4, m[0] + " ms CPU in " + m[1] + " ms");
    }

    @Test
    void aBackendBusyForLongerThanTheDeskWaitsIsABusySentenceThatMayBeRetried() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
        }
        OctoRedemptionClient octo = client(config(server.url("/").toString()));
        ApiException e = assertThrows(ApiException.class, () -> octo.redeem("k1", List.of("C1"), 0, null, "key-b"));
        assertEquals(ApiException.Kind.BUSY, e.kind());
        assertTrue(e.mayRetry());
        assertEquals("The backend is busy (HTTP 429); try again in a moment.", e.getMessage());
        assertEquals(4, server.getRequestCount(), "three retries, then it gives up");
    }

    @Test
    void anUnknownHostIsADnsSentence() throws Exception {
        OctoRedemptionClient octo = client(config("https://lounge-backend.invalid"));
        ApiException e = assertThrows(ApiException.class, () -> octo.lookup("k1", "REF"));
        assertEquals(ApiException.Kind.UNREACHABLE, e.kind());
        assertEquals("The backend host lounge-backend.invalid:443 could not be found (DNS).", e.getMessage());
    }

    @Test
    void aPlainHttpServerAddressedWithHttpsIsAHandshakeSentence(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        try (LiveSandbox plain = new LiveSandbox(dir)) {
            String hostPort = plain.url().substring("http://".length());
            OctoRedemptionClient octo = client(config("https://" + hostPort));
            ApiException e = assertThrows(ApiException.class, () -> octo.lookup("k1", "REF"));
            assertEquals(ApiException.Kind.UNREACHABLE, e.kind());
            assertEquals("A secure connection to " + hostPort + " could not be made (certificate or handshake failed).",
                    e.getMessage());
        }
    }

    @Test
    void aSelfSignedCertificateIsRefusedNotTrusted() throws Exception {
        try (SelfSignedServer tls = SelfSignedServer.start(java.nio.file.Files.createTempDirectory("tls"))) {
            OctoRedemptionClient octo = client(config("https://localhost:" + tls.port()));
            ApiException e = assertThrows(ApiException.class, () -> octo.lookup("k1", "REF"));
            assertEquals(ApiException.Kind.UNREACHABLE, e.kind());
            assertEquals("A secure connection to localhost:" + tls.port()
                    + " could not be made (certificate or handshake failed).", e.getMessage());
            assertTrue(tls.handshakeFailures() >= 1, "the desk really spoke TLS and refused the certificate");
        }
    }

    @Test
    void aTrackerRetryingAnUnreachableBackendBacksOffAndBarelyUsesCpu(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        int deadPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + deadPort;
        try (com.loungedesk.app.ClientServices desk = com.loungedesk.app.ClientServices.open(LiveSandbox.settings(url), url,
                dir, dir.resolve("config"), new com.loungedesk.orders.OrderTracker.Settings(Duration.ofMillis(200), Duration.ofSeconds(2), 3,
                        1_000, null))) {
            long[] m = measuredProcess(() -> {
                desk.tracker().start();
                Thread.sleep(6_000);
            });
            long polls = desk.gateway().requestCount();
            // a fixed 200 ms schedule would make 30 polls x 2 keys x 2 attempts = 120 requests in 6 s
            assertTrue(polls < 60, "backing off, not hammering: " + polls + " requests in 6 s");
            assertEquals(com.loungedesk.orders.FeedState.OFFLINE, desk.tracker().health().state());
            assertTrue(m[0] < m[1] / 4, m[0] + " ms CPU in " + m[1] + " ms");
            System.out.println("FIGURE tracker retrying a dead backend: " + polls + " requests in " + m[1] + " ms, CPU "
                    + m[0] + " ms");
        }
    }
}
