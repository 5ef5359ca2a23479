package com.loungedesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The order tracker holding 10,000 orders, idle (nothing changes), against naive per-order polling
 * ({@code GET /orders/{id}} for every order): requests per poll, client CPU per poll, and the heap the
 * tracked orders take.
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
    private final Backend.Factory backends;
    private final TrackerFactory trackers;

    public PollingScenario(Backend.Factory backends, TrackerFactory trackers) {
        this.backends = backends;
        this.trackers = trackers;
    }

    @Override
    public String name() {
        return "polling";
    }

    @Override
    public String compared() {
        return "tracker with 10,000 orders, idle poll vs naive per-order polling (GET /orders/{id} each)";
    }

    @Override
    public void run(boolean quick, BenchReport report) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Backend backend = backends.start()) {
            // made straight in the sandbox: how the orders came to be is not what this scenario measures
            long made = System.nanoTime();
            List<String> orderIds = backend.preload(ORDERS);
            report.note(String.format("%,d walk-in orders made in the sandbox in %.1f s", orderIds.size(),
                    (System.nanoTime() - made) / 1e9));
            long heapBefore = usedHeap();
            try (Tracker tracker = trackers.open(backend)) {
                if (!tracker.pollOnce()) {
                    throw new IllegalStateException("the first poll failed");
                }
                long heapAfter = usedHeap();
                int rounds = quick ? 5 : 20;
                List<Double> cpuMs = new ArrayList<>();
                List<Double> requests = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    tracker.pollOnce();
                    cpuMs.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
                    requests.add((double) tracker.lastPollRequests());
                }
                int sample = quick ? 1_000 : orderIds.size();
                double naiveCpu = naiveCycleCpuMs(backend, orderIds.subList(0, sample)) * orderIds.size() / sample;
                Stats cpu = Stats.of(cpuMs);
                report.note(String.format("tracked %d orders; idle poll client CPU ms min %.2f / median %.2f / max %.2f "
                        + "over %d polls%s", tracker.size(), cpu.min(), cpu.median(), cpu.max(), rounds,
                        quick ? "; naive CPU measured on 1,000 orders and scaled to 10,000" : ""));
                report.add(BenchResult.atMost(name(), "requests per idle poll", "requests",
                        Stats.of(requests).max(), orderIds.size(), 1));
                report.add(BenchResult.info(name(), "client CPU per idle poll (median)", "ms", cpu.median(), naiveCpu));
                report.add(BenchResult.info(name(), "heap for 10,000 tracked orders", "MB",
                        (heapAfter - heapBefore) / (1024.0 * 1024.0), Double.NaN));
            }
        }
    }

    private static double naiveCycleCpuMs(Backend backend, List<String> orderIds) throws Exception {
        DeskHttp http = new DeskHttp(backend, 1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try {
            long c0 = threads.getCurrentThreadCpuTime();
            for (String id : orderIds) {
                DeskHttp.Answer a = http.get("/orders/" + id);
                if (!a.ok()) {
                    throw new IllegalStateException("order detail failed: " + a.code());
                }
            }
            return (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        } finally {
            http.close();
        }
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
