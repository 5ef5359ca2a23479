package com.loungedesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background work on an injected executor; results hop back with {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final Executor background;

    public FxTaskRunner(Executor background) {
        this.background = background;
    }

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        try {
            background.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> done.accept(result));
                } catch (Exception | Error e) {
                    LOG.warn("Background task '{}' failed", what, e);
                    Platform.runLater(() -> failed.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            // the desk's services are gone (a failed connect, or closing): the caller says so, nothing is thrown
            LOG.warn("Background task '{}' was not run: the desk's services are closed", what);
            onUi(() -> failed.accept(e));
        }
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
