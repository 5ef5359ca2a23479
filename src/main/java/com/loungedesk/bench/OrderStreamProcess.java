package com.loungedesk.bench;

import com.loungedesk.util.DaemonThreads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An {@link OrderStream} running in a process of its own, started through {@link Elsewhere}. */
final class OrderStreamProcess implements AutoCloseable {

    private final Process process;
    private final Thread reader;
    private volatile int made;
    private volatile String last = "";
    private final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);

    private OrderStreamProcess(Process process) {
        this.process = process;
        reader = DaemonThreads.start("bench-order-stream-output", this::read);
    }

    /**
     * Starts the process that will stream {@code orders} walk-in orders from {@code threads} threads and
     * returns at once; {@link #awaitReady} waits until it is ready, and {@link #go} starts the orders, so
     * the JVM's own start is not measured.
     */
    static OrderStreamProcess start(Backend backend, int orders, int threads) throws IOException {
        return new OrderStreamProcess(new ProcessBuilder(Elsewhere.java(OrderStream.class.getName(),
                List.of(backend.baseUrl(), backend.apiKey(), String.valueOf(orders), String.valueOf(threads))))
                .redirectErrorStream(true).start());
    }

    /** Waits until the process is ready to stream; throws with what it said when it did not start. */
    void awaitReady() throws InterruptedException {
        if (!ready.await(60, TimeUnit.SECONDS) || !process.isAlive()) {
            close();
            throw new IllegalStateException("the order stream process did not start: " + last);
        }
    }

    /** Starts making the orders; returns at once. */
    void go() throws IOException {
        process.getOutputStream().write('\n');
        process.getOutputStream().flush();
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.equals(OrderStream.READY)) {
                    ready.countDown();
                } else if (line.startsWith(OrderStream.MADE) || line.startsWith(OrderStream.DONE)) {
                    made = Integer.parseInt(line.substring(line.indexOf(' ') + 1).strip());
                }
                last = line;
            }
        } catch (IOException | NumberFormatException e) {
            last = "unreadable output: " + e;
        }
        ready.countDown();
    }

    /** Waits until the process has made every order; throws with what it said when it failed. */
    void await(long timeoutSeconds) throws Exception {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("only " + made + " orders were made in " + timeoutSeconds + " s");
        }
        reader.join(5_000); // its last words
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the order stream failed (exit " + process.exitValue() + "): " + last);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
