package com.loungedesk.bench.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** For code off the FX thread (the bench): starts the JavaFX runtime once, and runs a call on the FX thread. */
final class FxCalls {

    private static boolean started;

    private FxCalls() {
    }

    /** Starts JavaFX if nobody has; closing the last window does not end it. */
    static synchronized void ensureStarted() throws InterruptedException {
        if (started) {
            return;
        }
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        if (!up.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start within 60 s");
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs {@code call} on the FX thread and waits (on the caller's thread) for its answer. */
    static <T> T call(Callable<T> call) throws Exception {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("FxCalls.call would wait on the FX thread itself");
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(call.call());
            } catch (Exception | Error e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception c ? c : e;
        }
    }
}
