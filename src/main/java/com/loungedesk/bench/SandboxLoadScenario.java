package com.loungedesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many desks against one sandbox on loopback (lookups, redeems, cancels, polls) against a single desk,
 * then the invariant: entitlements used == Used walk-in orders, and no order id handed out twice.
 */
public final class SandboxLoadScenario implements Scenario {

    /** The most visits the sandbox lets one pass hold. */
    static final int ENTITLEMENTS = 100;
    /** A generous ceiling on redeems per second, to make enough passes up front. */
    private static final int MAX_RATE = 4000;
    private final Backend.Factory backends;

    public SandboxLoadScenario(Backend.Factory backends) {
        this.backends = backends;
    }

    @Override
    public String name() {
        return "sandbox-load";
    }

    @Override
    public String compared() {
        return "scaling, not a comparison: the same sandbox with 50 desks, then 1 desk (no alternative server); "
                + "lookup + redeem loop, 1 in 20 usages cancelled, a 100-order poll every 2 s";
    }

    record Outcome(int desks, double seconds, LoadDesk.Tally tally, int invariantViolations, int duplicateOrders) {
        double redeemsPerSecond() {
            return tally.redeems.get() / seconds;
        }
    }

    @Override
    public void run(boolean quick, BenchReport report) throws Exception {
        double seconds = quick ? 2 : 60;
        warmUp(quick, report);
        Outcome many = load(50, seconds);
        Outcome one = load(1, seconds);
        report.note(String.format("50 desks: %d lookups, %d redeems, %d cancels, %d polls in %.1f s; 1 desk: %d redeems",
                many.tally.lookups.get(), many.tally.redeems.get(), many.tally.cancels.get(), many.tally.polls.get(),
                seconds, one.tally.redeems.get()));
        many.tally.firstErrors.forEach(e -> report.note("error: " + e));
        Stats lat = Stats.of(new ArrayList<>(many.tally.redeemMillis));
        Stats latOne = Stats.of(new ArrayList<>(one.tally.redeemMillis));
        report.note(String.format("redeem latency ms, 50 desks: min %.1f / median %.1f / max %.1f", lat.min(),
                lat.median(), lat.max()));
        // the 1-desk figures are the scaling reference, not a baseline: they get rows of their own
        report.add(BenchResult.atLeast(name(), "redeems per second, 50 desks", "/s", many.redeemsPerSecond(),
                Double.NaN, 1500));
        report.add(BenchResult.info(name(), "redeems per second, 1 desk (scaling)", "/s", one.redeemsPerSecond(),
                Double.NaN));
        report.add(BenchResult.atMost(name(), "errors", "count", many.tally.errors.get() + one.tally.errors.get(),
                Double.NaN, 0));
        report.add(BenchResult.atMost(name(), "invariant violations", "count",
                many.invariantViolations + many.duplicateOrders + one.invariantViolations + one.duplicateOrders,
                Double.NaN, 0));
        report.add(BenchResult.info(name(), "redeem p95 latency, 50 desks", "ms", lat.p95(), Double.NaN));
        report.add(BenchResult.info(name(), "redeem p95 latency, 1 desk (scaling)", "ms", latOne.p95(), Double.NaN));
    }

    /**
     * Loads the sandbox until the JIT compiler has settled: on 2 cores under full load its compiler
     * threads are starved, and a fixed 10 s warm-up left them compiling (half a core) through most of
     * the measured minute. Rounds of 5 s go on until a round spends under 5 % of its time compiling,
     * at most 90 s. The quick run warms up for 1 s and says so.
     */
    private void warmUp(boolean quick, BenchReport report) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
        double round = quick ? 1 : 5;
        int maxRounds = quick || !measurable ? 1 : 18;
        long redeems = 0;
        long errors = 0;
        double compiling = Double.NaN;
        int rounds = 0;
        while (rounds < maxRounds) {
            long before = measurable ? jit.getTotalCompilationTime() : 0;
            long t0 = System.nanoTime();
            Outcome o = load(50, round);
            rounds++;
            redeems += o.tally.redeems.get();
            errors += o.tally.errors.get();
            if (measurable) {
                compiling = (jit.getTotalCompilationTime() - before) / ((System.nanoTime() - t0) / 1e6);
                if (compiling < 0.05) {
                    break;
                }
            }
        }
        report.note(String.format("warm-up (not counted): %d round(s) of %.0f s with 50 desks, %d redeems, %d errors;"
                + " last round spent %.0f %% of its time compiling", rounds, round, redeems, errors, 100 * compiling));
    }

    private static int passesPerDesk(int desks, double seconds) {
        double perDesk = Math.min(MAX_RATE / (double) desks, 1500) * seconds;
        return (int) Math.ceil(perDesk / ENTITLEMENTS) + 2;
    }

    private Outcome load(int desks, double seconds) throws Exception {
        try (Backend backend = backends.start()) {
            DeskHttp http = new DeskHttp(backend, desks);
            try {
                List<List<DeskHttp.Pass>> perDesk = makePasses(http, desks, passesPerDesk(desks, seconds));
                LoadDesk.Tally tally = new LoadDesk.Tally();
                long deadline = System.nanoTime() + (long) (seconds * 1e9);
                List<Thread> threads = new ArrayList<>();
                for (int d = 0; d < desks; d++) {
                    Thread t = new Thread(new LoadDesk(http, perDesk.get(d), deadline, tally, d), "desk-" + d);
                    threads.add(t);
                    t.start();
                }
                for (Thread t : threads) {
                    t.join();
                }
                List<DeskHttp.Pass> all = perDesk.stream().flatMap(List::stream).toList();
                Set<String> unique = new HashSet<>(tally.orderIds);
                return new Outcome(desks, seconds, tally, invariantViolations(http, all),
                        tally.orderIds.size() - unique.size());
            } finally {
                http.close();
            }
        }
    }

    /** Each desk's passes, made before the clock starts, by the desks at once (as many desks would). */
    private static List<List<DeskHttp.Pass>> makePasses(DeskHttp http, int desks, int perDesk) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        try {
            List<Future<List<DeskHttp.Pass>>> work = new ArrayList<>();
            for (int d = 0; d < desks; d++) {
                work.add(pool.submit(() -> {
                    List<DeskHttp.Pass> mine = new ArrayList<>();
                    for (int i = 0; i < perDesk; i++) {
                        mine.add(http.newWalkIn(ENTITLEMENTS));
                    }
                    return mine;
                }));
            }
            List<List<DeskHttp.Pass>> all = new ArrayList<>();
            for (Future<List<DeskHttp.Pass>> f : work) {
                all.add(f.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    /** For each pass: visits used (from lookup) must equal its Used walk-in orders (from the full feed). */
    private static int invariantViolations(DeskHttp http, List<DeskHttp.Pass> passes) throws Exception {
        Map<String, Integer> usedOrders = new HashMap<>();
        String cursor = null;
        do {
            DeskHttp.Answer a = http.get("/orders?limit=500" + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            JsonNode data = a.body().path("data");
            for (JsonNode o : data.path("orders")) {
                if (o.path("category").asInt() == 1 && o.path("status").asInt() == 2) {
                    for (JsonNode code : o.path("redemptionCodes")) {
                        usedOrders.merge(code.asText(), 1, Integer::sum);
                    }
                }
            }
            cursor = data.path("nextCursor").isTextual() ? data.get("nextCursor").asText() : null;
        } while (cursor != null);
        int violations = 0;
        for (DeskHttp.Pass p : passes) {
            DeskHttp.Answer a = http.get("/octo/redemption/lookup?reference="
                    + URLEncoder.encode(p.reference(), StandardCharsets.UTF_8));
            JsonNode pass = a.body().path(0).path("pass");
            int used = pass.path("entitlementsTotal").asInt() - pass.path("entitlementsLeft").asInt();
            if (used != usedOrders.getOrDefault(p.redemptionCode(), 0)) {
                violations++;
            }
        }
        return violations;
    }
}
