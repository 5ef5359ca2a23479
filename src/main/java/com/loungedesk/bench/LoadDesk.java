package com.loungedesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated desk: look a pass up, redeem it, now and then cancel that usage, and poll the order
 * feed every two seconds, until the deadline. Counts what it did and every unexpected answer.
 */
final class LoadDesk implements Runnable {

    /** Shared tallies across desks. */
    static final class Tally {
        final AtomicLong lookups = new AtomicLong();
        final AtomicLong redeems = new AtomicLong();
        final AtomicLong cancels = new AtomicLong();
        final AtomicLong polls = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Double> redeemMillis = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> orderIds = new ConcurrentLinkedQueue<>();

        void error(String what) {
            errors.incrementAndGet();
            if (firstErrors.size() < 5) {
                firstErrors.add(what);
            }
        }
    }

    private final DeskHttp http;
    private final List<DeskHttp.Pass> passes;
    private final int[] visitsLeft;
    private int current;
    private final long deadlineNanos;
    private final Tally tally;
    private final SplittableRandom random;

    LoadDesk(DeskHttp http, List<DeskHttp.Pass> passes, long deadlineNanos, Tally tally, long seed) {
        this.http = http;
        this.passes = new ArrayList<>(passes);
        this.visitsLeft = new int[passes.size()];
        java.util.Arrays.fill(visitsLeft, SandboxLoadScenario.ENTITLEMENTS);
        this.deadlineNanos = deadlineNanos;
        this.tally = tally;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void run() {
        long nextPoll = System.nanoTime();
        String since = "1970-01-01T00:00:00Z";
        while (System.nanoTime() < deadlineNanos) {
            try {
                if (System.nanoTime() >= nextPoll) {
                    since = poll(since);
                    nextPoll = System.nanoTime() + 2_000_000_000L;
                }
                while (current < passes.size() && visitsLeft[current] == 0) {
                    current++;
                }
                if (current == passes.size()) {
                    tally.error("desk ran out of passes (make more per desk)");
                    return;
                }
                DeskHttp.Pass p = passes.get(current);
                lookup(p);
                String orderId = redeem(p);
                if (orderId != null) {
                    visitsLeft[current]--;
                    if (random.nextInt(20) == 0 && cancel(p, orderId)) {
                        visitsLeft[current]++;
                    }
                }
            } catch (Exception e) {
                tally.error(e.toString());
            }
        }
    }

    private void lookup(DeskHttp.Pass p) throws Exception {
        DeskHttp.Answer a = http.get("/octo/redemption/lookup?reference="
                + URLEncoder.encode(p.reference(), StandardCharsets.UTF_8));
        if (a.ok() && a.body().isArray() && a.body().size() > 0) {
            tally.lookups.incrementAndGet();
        } else {
            tally.error("lookup " + a.code() + " " + a.body());
        }
    }

    private String redeem(DeskHttp.Pass p) throws Exception {
        long t0 = System.nanoTime();
        DeskHttp.Answer a = http.post("/octo/redemption/redeem",
                Map.of("redemptionCode", p.redemptionCode(), "guests", random.nextInt(3)));
        if (!a.ok() || !a.body().hasNonNull("orderId")) {
            tally.error("redeem " + a.code() + " " + a.body());
            return null;
        }
        tally.redeemMillis.add((System.nanoTime() - t0) / 1e6);
        tally.redeems.incrementAndGet();
        String orderId = a.body().get("orderId").asText();
        tally.orderIds.add(orderId);
        return orderId;
    }

    private boolean cancel(DeskHttp.Pass p, String orderId) throws Exception {
        DeskHttp.Answer a = http.delete("/octo/redemption/redeem",
                Map.of("redemptionCode", p.redemptionCode(), "orderId", orderId, "reason", "load test"));
        if (a.ok()) {
            tally.cancels.incrementAndGet();
            return true;
        }
        tally.error("cancel " + a.code() + " " + a.body());
        return false;
    }

    private String poll(String since) throws Exception {
        DeskHttp.Answer a = http.get("/orders?limit=100&updatedSince=" + URLEncoder.encode(since, StandardCharsets.UTF_8));
        if (!a.ok() || a.body().path("code").asInt(-1) != 0) {
            tally.error("poll " + a.code() + " " + a.body());
            return since;
        }
        tally.polls.incrementAndGet();
        String last = since;
        for (JsonNode o : a.body().path("data").path("orders")) {
            last = o.path("updatedAt").asText(last);
        }
        return last;
    }
}
