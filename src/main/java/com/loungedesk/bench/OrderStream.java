package com.loungedesk.bench;

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
    private final CompletableFuture<Void> done;

    private OrderStream(Backend backend, int orders, int threads) {
        http = new DeskHttp(backend, threads);
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-order-stream");
            t.setDaemon(true);
            return t;
        });
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        // passes of up to 100 visits, small enough that every thread has one even for a few hundred orders
        int perPass = Math.max(1, Math.min(SandboxLoadScenario.ENTITLEMENTS, (orders + threads - 1) / threads));
        for (int start = 0; start < orders; start += perPass) {
            int visits = Math.min(perPass, orders - start);
            parts.add(CompletableFuture.runAsync(() -> onePass(visits), pool));
        }
        done = CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new));
    }

    /** Starts streaming {@code orders} walk-in orders from {@code threads} threads; returns at once. */
    static OrderStream start(Backend backend, int orders, int threads) {
        return new OrderStream(backend, orders, threads);
    }

    private void onePass(int visits) {
        try {
            String reference = http.newWalkIn(visits).reference();
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
        // started ahead of time: says it is ready, then waits for a line on its input before making orders
        System.out.println(READY);
        System.out.flush();
        try {
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                    .readLine();
        } catch (java.io.IOException e) {
            System.exit(1);
        }
        int code;
        try (OrderStream stream = start(backend, Integer.parseInt(args[2]), Integer.parseInt(args[3]))) {
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
