package com.loungedesk.app;

import com.loungedesk.bench.StartScenario;
import com.loungedesk.scan.source.FrameSource;
import com.loungedesk.scan.source.ImageFileSource;
import com.loungedesk.scan.source.WebcamSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import com.loungedesk.ui.common.ErrorDialog;
import com.loungedesk.ui.common.ErrorReport;
import com.loungedesk.ui.port.ScanInput;
import com.loungedesk.ui.shell.DeskConsole;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the desk console: wires the services, then shows the window. */
final class ConsoleLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleLauncher.class);

    private ConsoleLauncher() {
    }

    static void launch(ConsoleOptions options) {
        long t0 = System.nanoTime();
        CompletableFuture<Void> toolkit = new CompletableFuture<>();
        Thread fx = new Thread(() -> Platform.startup(() -> toolkit.complete(null)), "fx-startup");
        fx.start(); // the JavaFX toolkit starts while the backend and services are wired
        ConsoleWiring wiring;
        try {
            wiring = ConsoleWiring.open(AppPaths.forThisUser(), options, ConsoleLauncher::scanInput,
                    () -> System.exit(0));
        } catch (Exception e) {
            LOG.error("LoungeDesk could not start", e);
            System.err.println("LoungeDesk could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler(ConsoleLauncher::uncaught);
        toolkit.join();
        Platform.runLater(() -> {
            new DeskConsole(wiring.services()).start(new Stage());
            if (options.readyLine()) {
                Platform.runLater(() -> System.out.println(StartScenario.READY + " "
                        + (System.nanoTime() - t0) / 1_000_000 + " ms"));
            }
        });
    }

    /** Any error nobody caught: logged in full, shown in plain words with "Copy details"; the app goes on. */
    static void uncaught(Thread thread, Throwable error) {
        LOG.error("Uncaught error on thread {}", thread.getName(), error);
        try {
            ErrorDialog.show(ErrorReport.of(error, VersionProvider.version()));
        } catch (RuntimeException | Error e) {
            LOG.error("The error could not be shown", e);
        }
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
