package com.loungedesk.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The sandbox command run in its own JVM (as {@code java ... Main sandbox}), for kill -9 tests. */
final class ForkedSandbox implements AutoCloseable {

    final Process process;
    final String baseUrl;
    final List<String> stdoutLines = new java.util.concurrent.CopyOnWriteArrayList<>();

    ForkedSandbox(Path db, Path stderr, String... extraArgs) throws IOException, InterruptedException {
        this("-Xmx256m", db, stderr, extraArgs);
    }

    /** With {@code heapOption} ({@code -Xmx...}, or {@code -Dnone} for the JVM's default heap). */
    ForkedSandbox(String heapOption, Path db, Path stderr, String... extraArgs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, heapOption, "-cp",
                System.getProperty("java.class.path"), "com.loungedesk.app.Main", "sandbox", "--port", "0",
                "--db", db.toString()));
        command.addAll(List.of(extraArgs));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        process = pb.start();
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    stdoutLines.add(line);
                    if (line.startsWith("listening on ")) {
                        listening.complete(line.substring("listening on ".length()));
                    }
                }
                listening.completeExceptionally(new IOException("the sandbox exited before listening"));
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
        }, "forked-sandbox-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            baseUrl = listening.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("forked sandbox did not start: " + e.getMessage(), e);
        }
    }

    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** SIGTERM; answers the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}
