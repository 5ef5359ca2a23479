package com.loungedesk.bench;

import com.loungedesk.util.DaemonThreads;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Walk-in orders streaming into a sandbox over HTTP from several threads, as other desks make them:
 * e-passes of 100 visits, each visit a simulated walk-in redemption ({@code POST /sandbox/simulate/walkin}).
 * {@link #main} runs one in a process of its own ({@link OrderStreamProcess}).
 */
public final class OrderStream implements AutoCloseable {

    static final String READY = "ready";
    static final String MADE = "made ";
    static final String DONE = "done ";
    static final String FAILED = "failed: ";

    private final DeskHttp http;
    private final ExecutorService pool;
    private final AtomicInteger made = new AtomicInteger();
    /** The e-passes made ahead, each with the visits to redeem on it. */
    private final List<Map.Entry<String, Integer>> passes = new ArrayList<>();
    private CompletableFuture<Void> done;

    private OrderStream(Backend backend, int threads) {
        http = new DeskHttp(backend, threads);
        pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("bench-order-stream"));
    }

    /**
     * Makes the e-passes for {@code orders} walk-in orders from {@code threads} threads (passes of up to
     * 100 visits, small enough that every thread has one even for a few hundred orders), so that what
     * follows {@link #go} is only the orders; throws the first failure.
     */
    static OrderStream prepare(Backend backend, int orders, int threads) throws Exception {
        OrderStream stream = new OrderStream(backend, threads);
        int perPass = Math.max(1, Math.min(SandboxLoadScenario.ENTITLEMENTS, (orders + threads - 1) / threads));
        List<CompletableFuture<Map.Entry<String, Integer>>> made = new ArrayList<>();
        for (int start = 0; start < orders; start += perPass) {
            int visits = Math.min(perPass, orders - start);
            made.add(CompletableFuture.supplyAsync(() -> Map.entry(stream.newPass(visits), visits), stream.pool));
        }
        try {
            for (CompletableFuture<Map.Entry<String, Integer>> f : made) {
                stream.passes.add(f.get(60, TimeUnit.SECONDS));
            }
        } catch (java.util.concurrent.ExecutionException e) {
            stream.close();
            throw e.getCause() instanceof Exception c ? c : e;
        }
        return stream;
    }

    /** Starts streaming the orders from the pool's threads; returns at once. */
    void go() {
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> pass : passes) {
            parts.add(CompletableFuture.runAsync(() -> visit(pass.getKey(), pass.getValue()), pool));
        }
        done = CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new));
    }

    private String newPass(int visits) {
        try {
            return http.newWalkIn(visits).reference();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void visit(String reference, int visits) {
        try {
            for (int v = 0; v < visits; v++) {
                DeskHttp.Answer a = http.post("/sandbox/simulate/walkin", Map.of("reference", reference, "guests", 0));
                JsonNode id = a.body().path("data").path("orderId");
                if (!a.ok() || !id.isTextual()) {
                    throw new IllegalStateException("simulated walk-in failed: " + a.code() + " " + a.body());
                }
                made.incrementAndGet();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Orders made so far. */
    int made() {
        return made.get();
    }

    /** Waits until every order is made; throws the first failure. */
    void await(long timeoutSeconds) throws Exception {
        try {
            done.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception c ? c : e;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("only " + made() + " orders were made in " + timeoutSeconds + " s", e);
        }
    }

    /**
     * {@code BASE_URL API_KEY ORDERS THREADS}: prints {@code ready}, waits for a line on its input, then
     * streams the orders, printing {@code made N} twice a second, then {@code done N} (exit 0) or
     * {@code failed: why} (exit 1).
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4) {
            System.out.println(FAILED + "usage: OrderStream BASE_URL API_KEY ORDERS THREADS");
            System.exit(2);
        }
        Backend backend = new Backend() {
            @Override
            public String baseUrl() {
                return args[0];
            }

            @Override
            public String apiKey() {
                return args[1];
            }

            @Override
            public void close() {
                // not ours to stop
            }
        };
        int code;
        // started ahead of time: makes its passes, says it is ready, then waits for a line on its input
        try (OrderStream stream = prepare(backend, Integer.parseInt(args[2]), Integer.parseInt(args[3]))) {
            System.out.println(READY);
            System.out.flush();
            if (new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8)).readLine() == null) {
                throw new IllegalStateException("the bench went away before saying go");
            }
            stream.go();
            while (!stream.done.isDone()) {
                System.out.println(MADE + stream.made());
                Thread.sleep(500);
            }
            stream.await(1);
            System.out.println(DONE + stream.made());
            code = 0;
        } catch (Exception e) {
            System.out.println(FAILED + e);
            code = 1;
        }
        System.out.flush();
        System.exit(code);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        http.close();
    }
}
