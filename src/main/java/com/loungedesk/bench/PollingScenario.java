package com.loungedesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The order tracker holding 10,000 of today's orders, idle (nothing changes), against what a careful
 * client without {@code updatedSince} does: refetch today's order list each poll, paged at the largest
 * page size the backend allows. Both sides' requests and response bytes are counted at the server;
 * client CPU per poll on the polling thread; the heap the tracked orders take. Quick runs measure the
 * same 10,000 orders, with fewer polls. Beside it, the same desk on a plain OCTO supplier holding 100 of
 * today's bookings: what one idle poll of today's bookings costs there (OCTO has no change feed), against
 * the feed's idle poll above.
 */
public final class PollingScenario implements Scenario {

    /** The real tracker, behind what this scenario needs of it. */
    public interface Tracker extends AutoCloseable {
        /** One poll; true when the backend answered. */
        boolean pollOnce();

        int lastPollRequests();

        int size();

        @Override
        void close() throws java.io.IOException;
    }

    /** Opens a tracker on the backend's first supplier key. */
    public interface TrackerFactory {
        Tracker open(Backend backend) throws Exception;
    }

    private static final int ORDERS = 10_000;
    /** Today's bookings on the plain OCTO supplier (a busy lounge's day for one supplier key). */
    static final int OCTO_BOOKINGS = 100;
    /** The largest page the order feed serves ({@code limit} 1 to 500). */
    static final int LARGEST_PAGE = 500;
    private final Backend.Factory backends;
    private final TrackerFactory trackers;
    private final Backend.Factory octoSuppliers;

    /** One side's idle polls: per poll, requests and bytes as the server counted them, and client CPU. */
    private record Polls(List<Double> requests, List<Double> bytes, List<Double> cpuMs) {
        Polls() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /**
     * @param octoSuppliers a plain OCTO supplier whose {@code preload(n)} makes n of today's bookings, or
     *                      null to leave the OCTO figures out
     */
    public PollingScenario(Backend.Factory backends, TrackerFactory trackers, Backend.Factory octoSuppliers) {
        this.backends = backends;
        this.trackers = trackers;
        this.octoSuppliers = octoSuppliers;
    }

    public PollingScenario(Backend.Factory backends, TrackerFactory trackers) {
        this(backends, trackers, null);
    }

    @Override
    public String name() {
        return "polling";
    }

    @Override
    public String compared() {
        return "tracker with 10,000 orders, idle poll (updatedSince) vs a careful client refetching today's list "
                + "(pages of " + LARGEST_PAGE + ")";
    }

    @Override
    public void run(boolean quick, BenchReport report) throws Exception {
        try (Backend backend = backends.start()) {
            // made straight in the sandbox: how the orders came to be is not what this scenario measures
            long made = System.nanoTime();
            List<String> orderIds = backend.preload(ORDERS);
            report.note(String.format("%,d walk-in orders made in the sandbox in %.1f s", orderIds.size(),
                    (System.nanoTime() - made) / 1e9));
            long heapBefore = usedHeap();
            Polls ours = new Polls();
            int tracked;
            double heapMb;
            try (Tracker tracker = trackers.open(backend)) {
                if (!tracker.pollOnce()) {
                    throw new IllegalStateException("the first poll failed");
                }
                heapMb = (usedHeap() - heapBefore) / (1024.0 * 1024.0);
                tracked = tracker.size();
                for (int i = 0; i < (quick ? 5 : 20); i++) {
                    measure(backend, ours, () -> {
                        if (!tracker.pollOnce()) {
                            throw new IllegalStateException("an idle poll failed");
                        }
                        return tracker.lastPollRequests();
                    });
                }
            }
            Polls careful = new Polls();
            DeskHttp http = new DeskHttp(backend, 1);
            try {
                for (int i = 0; i < (quick ? 2 : 5); i++) {
                    measure(backend, careful, () -> refetchTodaysOrders(http, orderIds.size()));
                }
            } finally {
                http.close();
            }
            Stats oursCpu = Stats.of(ours.cpuMs());
            Stats carefulCpu = Stats.of(careful.cpuMs());
            report.note(String.format("tracked %,d orders; idle poll client CPU ms min %.2f / median %.2f / max %.2f "
                    + "over %d polls; the careful client's full refetch min %.0f / median %.0f / max %.0f over %d",
                    tracked, oursCpu.min(), oursCpu.median(), oursCpu.max(), oursCpu.count(), carefulCpu.min(),
                    carefulCpu.median(), carefulCpu.max(), carefulCpu.count()));
            report.add(BenchResult.atMost(name(), "requests per idle poll (server count)", "requests",
                    Stats.of(ours.requests()).max(), Stats.of(careful.requests()).median(), 1));
            report.add(BenchResult.info(name(), "response bytes per idle poll (server count)", "bytes",
                    Stats.of(ours.bytes()).median(), Stats.of(careful.bytes()).median()));
            report.add(BenchResult.info(name(), "client CPU per idle poll (median)", "ms", oursCpu.median(),
                    carefulCpu.median()));
            report.add(BenchResult.info(name(), "heap for 10,000 tracked orders", "MB", heapMb, Double.NaN));
            if (octoSuppliers != null) {
                octoIdlePolls(quick, report, ours);
            }
        }
    }

    /** The same desk on a plain OCTO supplier with 100 of today's bookings: one idle poll's cost, vs the feed's. */
    private void octoIdlePolls(boolean quick, BenchReport report, Polls feed) throws Exception {
        try (Backend supplier = octoSuppliers.start()) {
            supplier.preload(OCTO_BOOKINGS);
            Polls octo = new Polls();
            int tracked;
            try (Tracker tracker = trackers.open(supplier)) {
                if (!tracker.pollOnce()) {
                    throw new IllegalStateException("the first poll of the OCTO supplier failed");
                }
                tracked = tracker.size();
                for (int i = 0; i < (quick ? 5 : 20); i++) {
                    measure(supplier, octo, () -> {
                        if (!tracker.pollOnce()) {
                            throw new IllegalStateException("an idle poll of the OCTO supplier failed");
                        }
                        return tracker.lastPollRequests();
                    });
                }
            }
            report.note(String.format("plain OCTO supplier: %d bookings tracked (today's, and yesterday's before 04:00);"
                    + " an idle poll asks GET bookings?localDate= once, every 15 s by default", tracked));
            report.add(BenchResult.info(name(), "OCTO supplier, 100 bookings: requests per idle poll (baseline: the "
                    + "feed's)", "requests", Stats.of(octo.requests()).max(), Stats.of(feed.requests()).max()));
            report.add(BenchResult.info(name(), "OCTO supplier, 100 bookings: response bytes per idle poll (baseline: "
                    + "the feed's)", "bytes", Stats.of(octo.bytes()).median(), Stats.of(feed.bytes()).median()));
            report.add(BenchResult.info(name(), "OCTO supplier, 100 bookings: client CPU per idle poll, median "
                    + "(baseline: the feed's)", "ms", Stats.of(octo.cpuMs()).median(), Stats.of(feed.cpuMs()).median()));
        }
    }

    /** One poll by either side; answers the requests the client made (to wait for the server's count). */
    private interface Poll {
        int run() throws Exception;
    }

    private static void measure(Backend backend, Polls polls, Poll poll) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Backend.Served before = backend.served();
        long c0 = threads.getCurrentThreadCpuTime();
        int made = poll.run();
        polls.cpuMs().add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
        Backend.Served served = servedAtLeast(backend, before, made);
        polls.requests().add((double) served.requests());
        polls.bytes().add((double) served.bytes());
    }

    /** The server books a request when it completes, a moment after the client has read the answer. */
    private static Backend.Served servedAtLeast(Backend backend, Backend.Served before, int requests)
            throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        Backend.Served served = backend.served().since(before);
        while (served.requests() < requests && System.nanoTime() < end) {
            Thread.sleep(5);
            served = backend.served().since(before);
        }
        return served;
    }

    /** Today's whole order list, page by page at the largest page size; answers the requests it took. */
    static int refetchTodaysOrders(DeskHttp http, int expected) throws Exception {
        int requests = 0;
        int orders = 0;
        String cursor = null;
        do {
            String path = "/orders?limit=" + LARGEST_PAGE
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            DeskHttp.Answer a = http.get(path);
            requests++;
            if (!a.ok()) {
                throw new IllegalStateException("the order list failed: " + a.code());
            }
            JsonNode data = a.body().path("data");
            orders += data.path("orders").size();
            cursor = data.path("nextCursor").isTextual() ? data.path("nextCursor").asText() : null;
        } while (cursor != null);
        if (orders < expected) {
            throw new IllegalStateException("the order list held " + orders + " of " + expected + " orders");
        }
        return requests;
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
