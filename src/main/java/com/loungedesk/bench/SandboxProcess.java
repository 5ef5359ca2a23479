package com.loungedesk.bench;

import com.loungedesk.util.DaemonThreads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox as its own process ({@code loungedesk sandbox --port 0}) on a throw-away database, started
 * through {@link Elsewhere}; ready once it prints {@code listening on URL}. Closing it stops the process.
 */
public final class SandboxProcess implements Backend {

    private static final String LISTENING = "listening on ";
    private final Process process;
    private final Path dir;
    private final String baseUrl;
    private final String apiKey;

    private SandboxProcess(Process process, Path dir, String baseUrl, String apiKey) {
        this.process = process;
        this.dir = dir;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /**
     * Starts {@code mainClass sandbox --port 0 --db <temp file>} and waits until it listens.
     *
     * @param apiKey the supplier key the started sandbox accepts by default
     */
    public static SandboxProcess start(String mainClass, String apiKey) throws Exception {
        Path dir = Files.createTempDirectory("loungedesk-bench-backend");
        Process p = new ProcessBuilder(Elsewhere.java(mainClass,
                List.of("sandbox", "--port", "0", "--db", dir.resolve("sandbox.db").toString())))
                .redirectErrorStream(true).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        DaemonThreads.start("bench-backend-output", () -> read(p, url));
        try {
            return new SandboxProcess(p, dir, url.get(60, TimeUnit.SECONDS), apiKey);
        } catch (Exception e) {
            p.destroyForcibly();
            TempDirs.delete(dir);
            throw new IllegalStateException("the sandbox process did not start: " + e.getMessage(), e);
        }
    }

    /** Finds the listening line, then keeps the pipe empty until the process ends. */
    private static void read(Process p, CompletableFuture<String> url) {
        StringBuilder early = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!url.isDone()) {
                    int at = line.indexOf(LISTENING);
                    if (at >= 0) {
                        url.complete(line.substring(at + LISTENING.length()).strip());
                    } else if (early.length() < 4000) {
                        early.append(line).append('\n');
                    }
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        url.completeExceptionally(new IllegalStateException("it ended first; it said:\n" + early));
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String apiKey() {
        return apiKey;
    }

    /** Stops the process (its shutdown hook closes the database), then deletes the database. */
    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        TempDirs.delete(dir);
    }
}
