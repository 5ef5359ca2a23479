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
 */
final class OrderStream implements AutoCloseable {

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
        for (int start = 0; start < orders; start += SandboxLoadScenario.ENTITLEMENTS) {
            int visits = Math.min(SandboxLoadScenario.ENTITLEMENTS, orders - start);
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

    @Override
    public void close() {
        pool.shutdownNow();
        http.close();
    }
}
