package com.loungedesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for background work in the console: {@code work} runs off the FX thread, and
 * {@code done} / {@code failed} run on it. Tests inject {@link #direct()}, which runs everything inline.
 */
public interface TaskRunner {

    <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs a small piece of work on the UI thread (or inline when already there / in tests). */
    void onUi(Runnable action);

    /** Runs work and callbacks on the calling thread: for view-model tests. */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
            }
        };
    }
}
