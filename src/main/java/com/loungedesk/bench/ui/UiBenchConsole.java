package com.loungedesk.bench.ui;

import com.loungedesk.bench.Backend;
import com.loungedesk.bench.TempDirs;
import com.loungedesk.bench.UiScenario;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.config.SettingsStore;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.util.DaemonThreads;
import com.loungedesk.ui.port.VerdictSounds;
import com.loungedesk.ui.shell.DeskConsole;
import com.loungedesk.ui.shell.DeskServices;
import com.loungedesk.ui.shell.DeskSession;
import com.loungedesk.ui.shell.Page;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The real desk console for the UI bench: real client services on the bench's backend, a real scan
 * input (the scan pipeline, or decoding on the FX thread for the compared run), a window on the
 * display, an operator signed in through the sign-in view, and the orders page open.
 */
public final class UiBenchConsole implements UiScenario.Console {

    private final Deque<AutoCloseable> closers = new ArrayDeque<>();
    private final PulseRecorder pulses = new PulseRecorder();
    private final AtomicInteger verdicts = new AtomicInteger();
    private final DeskWiring wiring;
    private DeskWiring.Client client;
    private BenchCameraInput camera;
    private Stage stage;
    private DeskSession session;

    private UiBenchConsole(DeskWiring wiring) {
        this.wiring = wiring;
    }

    /** A {@link UiScenario.ConsoleFactory} over the app's wiring. */
    public static UiScenario.ConsoleFactory factory(DeskWiring wiring) {
        return (backend, decodeOnFxThread) -> open(wiring, backend, decodeOnFxThread);
    }

    static UiBenchConsole open(DeskWiring wiring, Backend backend, boolean decodeOnFxThread) throws Exception {
        FxCalls.ensureStarted();
        UiBenchConsole c = new UiBenchConsole(wiring);
        try {
            c.show(c.services(backend, decodeOnFxThread));
            return c;
        } catch (Exception | Error e) {
            c.close();
            throw e;
        }
    }

    private DeskServices services(Backend backend, boolean decodeOnFxThread) throws Exception {
        Path home = Files.createTempDirectory("loungedesk-bench-ui");
        closers.push(() -> TempDirs.delete(home));
        Files.createDirectories(home.resolve("config"));
        DeskSettings settings = DeskSettings.defaults().withBackend(backend.baseUrl(), List.of(backend.apiKey()));
        Clock clock = Clock.systemDefaultZone();
        client = wiring.open(backend, home.resolve("data"), clock);
        closers.push(client);
        // work the console hands over after it closed (a lookup answering late) is dropped, not refused
        ExecutorService background = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), DaemonThreads.named("bench-desk-background"),
                new ThreadPoolExecutor.DiscardPolicy());
        closers.push(background::shutdownNow);
        camera = decodeOnFxThread ? BenchCameraInput.onFxThread() : BenchCameraInput.pipeline(wiring, clock);
        closers.push(camera);
        SupervisorPins pins = new SupervisorPins(home.resolve("config").resolve(SupervisorPins.FILE_NAME),
                PinHasher.standard(), PinLockout.standard(clock, client.securityLog()));
        OrderTracker tracker = client.tracker();
        return new DeskServices(client.desk(), tracker, new SettingsStore(home.resolve("config"), Map.of()), settings,
                pins, camera.scanInput(), client.shiftReport(), tracker::cancellableUntil, null,
                VerdictSounds.silent(), background, clock, true, false, null);
    }

    /** Opens the window, signs an operator in through the sign-in view, and opens the orders page. */
    private void show(DeskServices services) throws Exception {
        DeskConsole console = FxCalls.call(() -> {
            stage = new Stage();
            DeskConsole c = new DeskConsole(services);
            c.start(stage);
            stage.setWidth(1280);
            stage.setHeight(800);
            ((TextField) c.scene().lookup("#idField")).setText("bench.op");
            ((TextField) c.scene().lookup("#nameField")).setText("Bench Operator");
            ((Button) c.scene().lookup("#signInButton")).fire();
            return c;
        });
        long end = System.nanoTime() + 30_000_000_000L;
        while ((session = FxCalls.call(console::session)) == null) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the operator was not signed in to the bench console within 30 s");
            }
            Thread.sleep(50);
        }
        FxCalls.call(() -> {
            session.scan().recent().addListener((ListChangeListener<Object>) change -> {
                while (change.next()) {
                    verdicts.addAndGet(change.getAddedSize());
                }
            });
            session.shell().go(Page.ORDERS);
            return null;
        });
    }

    @Override
    public void showOrders() {
        Platform.runLater(() -> session.shell().go(Page.ORDERS));
    }

    @Override
    public void cameraFrame(BufferedImage frame) {
        camera.frame(frame);
    }

    @Override
    public void stopCamera() {
        camera.stop();
    }

    @Override
    public String cameraSummary() {
        return camera.summary();
    }

    @Override
    public void startPulses() throws Exception {
        FxCalls.call(() -> {
            pulses.begin();
            return null;
        });
    }

    @Override
    public long[] stopPulses() throws Exception {
        return FxCalls.call(pulses::end);
    }

    @Override
    public int trackedOrders() {
        return client.tracker().size();
    }

    @Override
    public int orderRows() throws Exception {
        return FxCalls.call(() -> session.orders().allRows().size());
    }

    @Override
    public int verdicts() {
        return verdicts.get();
    }

    /** Closes the window (the console stops its scan input), then the services, then removes the files. */
    @Override
    public void close() throws Exception {
        if (stage != null) {
            FxCalls.call(() -> {
                pulses.stop();
                stage.hide();
                return null;
            });
        }
        Exception first = null;
        while (!closers.isEmpty()) {
            try {
                closers.pop().close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
