package com.loungedesk.app;

import com.loungedesk.util.DaemonThreads;
import com.loungedesk.api.ApiException;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.config.SettingsStore;
import com.loungedesk.journal.JournalException;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.port.ScanInput;
import com.loungedesk.ui.shell.DeskServices;
import com.loungedesk.ui.shell.DeskStart;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the running console from the settings in two steps. {@link #prepare} does only what the window
 * needs to open and sign staff in (settings, supervisor PINs); {@link #connect} then starts, on a thread of
 * its own, the embedded sandbox when no backend is configured, the client services, the optional push
 * link and the scan input, while the window is already up. Closing it stops everything in reverse order.
 */
final class ConsoleWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleWiring.class);
    private final Deque<AutoCloseable> closers = new ArrayDeque<>();
    private final CompletableFuture<ClientServices> client = new CompletableFuture<>();
    private final CompletableFuture<DeskServices> services = new CompletableFuture<>();
    private final AppPaths paths;
    private final ConsoleOptions options;
    private final ScanInputFactory scanInputs;
    private final Runnable afterClose;
    private final SettingsStore store;
    private final DeskSettings settings;
    private final boolean firstRun;
    private final SupervisorPins pins;
    private final ExecutorService background = Executors.newCachedThreadPool(DaemonThreads.named("desk-background"));
    private final Clock clock = Clock.systemDefaultZone();
    private boolean connecting;

    private ConsoleWiring(AppPaths paths, ConsoleOptions options, ScanInputFactory scanInputs, Runnable afterClose) {
        this.paths = paths;
        this.options = options;
        this.scanInputs = scanInputs;
        this.afterClose = afterClose;
        this.store = new SettingsStore(paths.configDir(), System.getenv());
        this.firstRun = !Files.exists(store.file());
        SettingsStore.Loaded loaded = store.load();
        if (!loaded.problem().isEmpty()) {
            LOG.warn(loaded.problem());
        }
        this.settings = loaded.settings();
        JournalSecurityLog security = new JournalSecurityLog(() -> client.join().journal(), settings::deskId);
        this.pins = new SupervisorPins(paths.configDir().resolve(SupervisorPins.FILE_NAME), PinHasher.standard(),
                PinLockout.standard(clock, security));
        closers.push(background::shutdownNow);
    }

    /**
     * The quick part: settings and supervisor PINs, enough to open the window and sign staff in.
     *
     * @param afterClose what to do once the window has closed and everything is stopped (the launcher
     *                   ends the process; tests do nothing)
     */
    static ConsoleWiring prepare(AppPaths paths, ConsoleOptions options, ScanInputFactory scanInputs,
                                 Runnable afterClose) {
        return new ConsoleWiring(paths, options, scanInputs, afterClose);
    }

    /** Makes the scan input (camera or image files) once the settings are known. */
    interface ScanInputFactory {
        ScanInput create(DeskSettings settings, ConsoleOptions options, AutoCloseableSink closers);
    }

    /** Where a part registers what must be closed on exit. */
    interface AutoCloseableSink {
        void add(AutoCloseable closeable);
    }

    /** Starts connecting the services on a thread of its own; the answer lets the window open meanwhile. */
    synchronized DeskStart connect() {
        return connectAfter(CompletableFuture.completedFuture(null));
    }

    /** As {@link #connect()}, but the connecting waits for {@code first} (the window being shown). */
    synchronized DeskStart connectAfter(CompletionStage<?> first) {
        if (!connecting) {
            connecting = true;
            DaemonThreads.start("desk-connect", () -> {
                first.toCompletableFuture().handle((x, e) -> null).join();
                build();
            });
        }
        return new DeskStart(settings, pins, background, settings.usesEmbeddedSandbox(), services, null,
                this::exitLater);
    }

    private void build() {
        try {
            services.complete(buildServices());
        } catch (Exception | Error e) {
            client.completeExceptionally(e);
            services.completeExceptionally(e);
            closeAll();
        }
    }

    private DeskServices buildServices() throws Exception {
        DeskSettings effective = settings;
        String baseUrl = settings.backendUrl();
        boolean sandbox = settings.usesEmbeddedSandbox();
        if (sandbox) {
            SandboxServer server = SandboxServer.start(SandboxConfig.of(paths.dataDir().resolve("sandbox.db")));
            keep(server);
            baseUrl = server.baseUrl();
            effective = settings.withBackend("", DemoPasses.DEMO_KEYS).withBackendType(DeskSettings.BackendType.LOUNGEDESK);
            LOG.info("No backend configured: the embedded sandbox serves demo passes at {}", baseUrl);
        }
        ClientServices open = openClient(effective, baseUrl, paths);
        keep(open);
        client.complete(open); // the journal is open: sign-ins and PIN checks waiting for it go on
        open.start();
        if (options.push() || settings.push().enabled()) {
            try {
                PushLink push = PushLink.start(settings.push(), baseUrl, effective.apiKeys(), open, paths.dataDir(),
                        sandbox);
                keep(push);
                DaemonThreads.start("push-recovery", push::recover);
            } catch (IllegalArgumentException e) {
                LOG.error("Push receiver not started (polling still brings every change): {}", e.getMessage());
            }
        }
        ScanInput scan = scanInputs.create(settings, options, this::keep);
        OrderTracker tracker = open.tracker();
        return new DeskServices(open.desk(), tracker, store, settings, pins, scan,
                new ShiftReportPort(open.shiftReport(), clock, id -> pins.find(id).map(SupervisorPins.Entry::name).orElse("")),
                tracker::cancellableUntil,
                sandbox ? new DemoPassList(paths.dataDir().resolve("demo-passes")) : null, null, background, clock,
                sandbox, firstRun, this::exitLater, open.offlineAdmissions().withLimit(
                        () -> store.load().settings().offlineAdmissionsPerShift()));
    }

    private synchronized void keep(AutoCloseable closeable) {
        closers.push(closeable);
    }

    private static ClientServices openClient(DeskSettings settings, String baseUrl, AppPaths paths)
            throws ApiException, JournalException {
        ZoneId zone = ZoneId.systemDefault();
        OrderTracker.Settings d = OrderTracker.Settings.defaults();
        OrderTracker.Settings today = new OrderTracker.Settings(d.interval(), d.maxBackoff(), d.offlineAfterFailures(),
                d.capacity(), LocalDate.now(zone).atStartOfDay(zone).toInstant().minusNanos(1));
        return ClientServices.open(settings, baseUrl, paths.dataDir(), paths.configDir(), today);
    }

    /** The connected services (waits for them; for tests). */
    DeskServices services() {
        return services.join();
    }

    /** When the window closes: stop services off the FX thread, then run the after-close action. */
    private void exitLater() {
        Thread t = new Thread(() -> {
            close();
            afterClose.run();
        }, "desk-exit");
        t.start();
    }

    /** Waits until connecting has finished (either way), then stops everything in reverse order. */
    @Override
    public void close() {
        if (isConnecting()) {
            services.handle((ready, error) -> null).join();
        }
        closeAll();
    }

    private synchronized boolean isConnecting() {
        return connecting;
    }

    private synchronized void closeAll() {
        while (!closers.isEmpty()) {
            AutoCloseable c = closers.pop();
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed", c, e);
            }
        }
    }
}
