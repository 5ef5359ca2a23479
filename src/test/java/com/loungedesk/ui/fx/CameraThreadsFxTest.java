package com.loungedesk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.sarxos.webcam.Webcam;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.scan.source.CameraDirectory;
import com.loungedesk.scan.source.WebcamSource;
import com.loungedesk.ui.port.ScanInput;
import com.loungedesk.ui.shell.DeskConsole;
import com.loungedesk.ui.shell.DeskServices;
import com.loungedesk.ui.shell.Page;
import com.loungedesk.ui.testkit.ConsoleFixture;
import com.loungedesk.ui.testkit.SlowCameraDriver;
import java.awt.Dimension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A camera driver that takes seconds to answer never holds up the FX thread: opening Settings lists the
 * cameras in the background, and closing the window does not wait for a camera stuck in its driver.
 * Probes on the FX thread show it kept running pulses meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class CameraThreadsFxTest {

    @TempDir
    Path dir;
    private ConsoleFixture fx;
    private SlowCameraDriver driver;
    private Stage stage;
    private DeskConsole console;

    @AfterEach
    void tearDown(FxRobot robot) {
        driver.answer();
        if (stage != null && stage.isShowing()) {
            robot.interact(() -> stage.close());
        }
        fx.close();
        Webcam.resetDriver();
    }

    /** The real camera code (webcam-capture through CameraDirectory and WebcamSource) behind the console's port. */
    private static final class CameraInput implements ScanInput {
        final WebcamSource camera = new WebcamSource(null, new Dimension(640, 480), Duration.ofSeconds(1), 10);
        final AtomicBoolean listing = new AtomicBoolean();
        final AtomicBoolean stopReturned = new AtomicBoolean();
        final boolean capture;

        CameraInput(boolean capture) {
            this.capture = capture;
        }

        @Override
        public void start(Listener listener) {
            if (capture) {
                camera.start();
            }
        }

        @Override
        public void stop() {
            camera.stop();
            stopReturned.set(true);
        }

        @Override
        public boolean hasCamera() {
            return false;
        }

        @Override
        public List<String> cameraNames() {
            listing.set(true);
            try {
                return CameraDirectory.cameraNames();
            } finally {
                listing.set(false);
            }
        }

        @Override
        public void feedImage(Path image) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void open(Path image) {
            throw new UnsupportedOperationException();
        }
    }

    private void open(FxRobot robot, CameraInput input) throws Exception {
        fx = new ConsoleFixture(dir, false);
        DeskServices s = fx.services(DeskSettings.defaults(), false);
        DeskServices services = new DeskServices(s.desk(), s.orders(), s.settingsStore(), s.settings(), s.supervisors(),
                input, s.shiftReport(), s.cancelWindows(), s.demoPasses(), s.sounds(), s.background(), s.clock(),
                s.sandbox(), false, null);
        robot.interact(() -> {
            stage = new Stage();
            console = new DeskConsole(services);
            console.start(stage);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    @Test
    void openingSettingsWhileTheCameraDriverTakesSecondsKeepsTheFxThreadRunning(FxRobot robot) throws Exception {
        driver = SlowCameraDriver.slowToList();
        Webcam.setDriver(driver);
        CameraInput input = new CameraInput(false);
        open(robot, input);
        robot.clickOn("#idField").write("anna.k");
        robot.clickOn("#signInButton");
        ConsoleFxTestBase.waitUntil(() -> console.session() != null);

        Platform.runLater(() -> console.session().shell().go(Page.SETTINGS));
        assertTrue(driver.listing.await(30, TimeUnit.SECONDS), "the settings page asked the driver for its cameras");
        AtomicInteger pulsesWhileListing = new AtomicInteger();
        ConsoleFxTestBase.waitUntil(() -> {
            Platform.runLater(() -> {
                if (input.listing.get()) {
                    pulsesWhileListing.incrementAndGet();
                }
            });
            return pulsesWhileListing.get() >= 3;
        });
        assertTrue(robot.lookup("#urlField").tryQuery().isPresent(), "the settings page is up while the driver thinks");
    }

    @Test
    void closingTheWindowWhileTheCameraIsStuckInItsDriverKeepsTheFxThreadRunning(FxRobot robot) throws Exception {
        driver = SlowCameraDriver.stuckInGrab();
        Webcam.setDriver(driver);
        CameraInput input = new CameraInput(true);
        open(robot, input);
        assertTrue(driver.grabbing.await(30, TimeUnit.SECONDS), "the capture thread is inside the driver");
        Thread fxThread = fxThread();
        AtomicBoolean fxWaitedInStop = new AtomicBoolean();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                Thread.State state = fxThread.getState();
                if ((state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                        && Arrays.stream(fxThread.getStackTrace()).anyMatch(f -> f.getClassName().equals(
                        WebcamSource.class.getName()) && f.getMethodName().equals("stop"))) {
                    fxWaitedInStop.set(true);
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-sampler");
        sampler.setDaemon(true);
        sampler.start();

        Platform.runLater(() -> stage.close());
        AtomicInteger pulsesWhileStuck = new AtomicInteger();
        ConsoleFxTestBase.waitUntil(() -> {
            Platform.runLater(() -> {
                if (input.stopReturned.get()) { // the driver keeps the capture thread until the test ends
                    pulsesWhileStuck.incrementAndGet();
                }
            });
            return pulsesWhileStuck.get() >= 3;
        });
        sampling.set(false);
        sampler.join();
        assertFalse(fxWaitedInStop.get(), "the FX thread waited inside WebcamSource.stop for the capture thread");
        assertFalse(stage.isShowing());
    }

    private static Thread fxThread() throws Exception {
        java.util.concurrent.CompletableFuture<Thread> t = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> t.complete(Thread.currentThread()));
        return t.get(30, TimeUnit.SECONDS);
    }
}
