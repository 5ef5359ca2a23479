package com.loungedesk.app;

import com.loungedesk.bench.StartScenario;
import com.loungedesk.scan.source.FrameSource;
import com.loungedesk.scan.source.ImageFileSource;
import com.loungedesk.scan.source.WebcamSource;
import com.loungedesk.ui.common.ErrorDialog;
import com.loungedesk.ui.port.ScanInput;
import com.loungedesk.ui.shell.DeskConsole;
import com.loungedesk.ui.shell.DeskStart;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the desk console: shows the window at once and connects the services behind it. */
final class ConsoleLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleLauncher.class);

    private ConsoleLauncher() {
    }

    static void launch(ConsoleOptions options) {
        long t0 = System.nanoTime();
        AppPaths paths = AppPaths.forThisUser();
        Optional<DeskInstance> instance = claim(paths, options);
        CompletableFuture<Void> toolkit = new CompletableFuture<>();
        Thread fx = new Thread(() -> {
            try {
                Platform.startup(() -> toolkit.complete(null));
            } catch (RuntimeException | Error e) { // no display, no GTK: the window can never open
                toolkit.completeExceptionally(e);
            }
        }, "fx-startup");
        fx.start(); // the JavaFX toolkit starts while the settings are read
        DeskStart start;
        CompletableFuture<Void> shown = new CompletableFuture<>();
        try {
            // the services connect once the window is up: on a two-core desk PC the window would otherwise
            // share the processor with starting the embedded sandbox, and staff need seconds to sign in anyway
            start = ConsoleWiring.prepare(paths, options, ConsoleLauncher::scanInput, () -> System.exit(0))
                    .connectAfter(shown);
        } catch (RuntimeException e) {
            LOG.error("LoungeDesk could not start", e);
            System.err.println("LoungeDesk could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler(ErrorDialog.uncaughtHandler(VersionProvider.version()));
        if (options.readyLine()) {
            start.services().thenRun(() -> System.out.println(StartScenario.CONNECTED + " " + since(t0) + " ms"));
        }
        try {
            toolkit.join();
        } catch (CompletionException e) {
            cannotOpenWindow(e.getCause());
            return;
        }
        Platform.runLater(() -> {
            DeskConsole console = new DeskConsole(start);
            try {
                console.start(new Stage());
            } catch (RuntimeException | Error e) {
                cannotOpenWindow(e);
                return;
            }
            afterFirstFrame(() -> {
                if (options.readyLine()) {
                    System.out.println(StartScenario.READY + " " + since(t0) + " ms");
                }
                shown.complete(null);
            });
            console.openImages(options.open());
            instance.ifPresent(i -> i.watch(Duration.ofMillis(400), files -> Platform.runLater(() -> {
                console.bringToFront();
                console.openImages(files);
            })));
        });
    }

    /** Any failure to start the toolkit or show the window ends the process with one sentence and exit code 1. */
    private static void cannotOpenWindow(Throwable error) {
        LOG.error("The console window could not be opened", error);
        System.err.println(ToolkitFailure.sentence(error, System.getenv()));
        System.exit(ExitCodes.ERROR);
    }

    /**
     * Becomes this desk's one console; when another console is already open, hands it the pass images
     * (or just asks it to come to the front) and ends this process.
     */
    private static Optional<DeskInstance> claim(AppPaths paths, ConsoleOptions options) {
        try {
            Optional<DeskInstance> instance = DeskInstance.claim(paths.dataDir(), Clock.systemUTC());
            if (instance.isEmpty()) {
                DeskInstance.forward(paths.dataDir(), options.open());
                System.out.println("LoungeDesk is already open on this desk"
                        + (options.open().isEmpty() ? "; it was asked to come to the front."
                        : ": " + options.open().size() + " pass image(s) sent to it."));
                System.exit(0);
            }
            return instance;
        } catch (IOException e) {
            LOG.warn("Could not check for another open console; opening this one anyway", e);
            return Optional.empty();
        }
    }

    /**
     * Runs {@code then} on the FX thread at the second pulse after now: the renderer has finished the
     * first frame by then (a pulse waits for the previous frame), so the window is painted, not just mapped.
     */
    private static void afterFirstFrame(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static long since(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static ScanInput scanInput(com.loungedesk.config.DeskSettings settings, ConsoleOptions options,
                                       ConsoleWiring.AutoCloseableSink closers) {
        FrameSource frames = options.images() != null
                ? new ImageFileSource(List.of(options.images()), Duration.ofSeconds(2), true)
                : new WebcamSource(settings.camera().isBlank() ? null : settings.camera());
        ScanInputAdapter input = new ScanInputAdapter(frames, ScanInputAdapter.name(options.images()),
                Clock.systemDefaultZone());
        closers.add(input);
        return input;
    }
}
