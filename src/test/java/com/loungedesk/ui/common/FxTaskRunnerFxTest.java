package com.loungedesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Work handed to a runner whose services are gone (a failed connect) is refused through the failure path. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerFxTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void workForClosedServicesReachesTheFailureCallbackOnTheFxThreadInsteadOfThrowing() throws Exception {
        ExecutorService closed = Executors.newSingleThreadExecutor();
        closed.shutdownNow();
        FxTaskRunner runner = new FxTaskRunner(closed);
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        CompletableFuture<Boolean> onFx = new CompletableFuture<>();
        Platform.runLater(() -> runner.run("sign in", () -> "never", done -> failed.complete(null), e -> {
            onFx.complete(Platform.isFxApplicationThread());
            failed.complete(e);
        }));
        assertInstanceOf(RejectedExecutionException.class, failed.get(30, TimeUnit.SECONDS));
        assertTrue(onFx.get(30, TimeUnit.SECONDS));
    }
}
