package com.loungedesk.app;

import com.loungedesk.api.ApiException;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.config.SettingsStore;
import com.loungedesk.journal.AuditEntry;
import com.loungedesk.journal.JournalException;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinCheck;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.port.ScanInput;
import com.loungedesk.ui.shell.DeskServices;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the running console from the settings: the embedded sandbox when no backend is configured,
 * the client services, the optional push link, the scan input, and the ports the UI needs.
 * Closing it stops everything in reverse order.
 */
final class ConsoleWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleWiring.class);
    private final Deque<AutoCloseable> closers = new ArrayDeque<>();
    private final Runnable afterClose;
    private DeskServices services;

    private ConsoleWiring(Runnable afterClose) {
        this.afterClose = afterClose;
    }

    /**
     * @param afterClose what to do once the window has closed and everything is stopped (the launcher
     *                   ends the process; tests do nothing)
     */
    static ConsoleWiring open(AppPaths paths, ConsoleOptions options, ScanInputFactory scanInputs,
                              Runnable afterClose) throws Exception {
        ConsoleWiring w = new ConsoleWiring(afterClose);
        try {
            w.build(paths, options, scanInputs);
            return w;
        } catch (Exception | Error e) {
            w.close();
            throw e;
        }
    }

    /** Makes the scan input (camera or image files) once the settings are known. */
    interface ScanInputFactory {
        ScanInput create(DeskSettings settings, ConsoleOptions options, AutoCloseableSink closers);
    }

    /** Where a part registers what must be closed on exit. */
    interface AutoCloseableSink {
        void add(AutoCloseable closeable);
    }

    private void build(AppPaths paths, ConsoleOptions options, ScanInputFactory scanInputs) throws Exception {
        SettingsStore store = new SettingsStore(paths.configDir(), System.getenv());
        boolean firstRun = !Files.exists(store.file());
        SettingsStore.Loaded loaded = store.load();
        if (!loaded.problem().isEmpty()) {
            LOG.warn(loaded.problem());
        }
        DeskSettings settings = loaded.settings();
        DeskSettings effective = settings;
        String baseUrl = settings.backendUrl();
        boolean sandbox = settings.usesEmbeddedSandbox();
        if (sandbox) {
            SandboxServer server = SandboxServer.start(SandboxConfig.of(paths.dataDir().resolve("sandbox.db")));
            closers.push(server);
            baseUrl = server.baseUrl();
            effective = settings.withBackend("", DemoPasses.DEMO_KEYS);
            LOG.info("No backend configured: the embedded sandbox serves demo passes at {}", baseUrl);
        }
        ClientServices client = openClient(effective, baseUrl, paths);
        closers.push(client);
        client.start();
        if (options.push() || settings.push().enabled()) {
            PushLink push = PushLink.start(settings.push(), baseUrl, effective.apiKeys(), client, paths.dataDir(), sandbox);
            closers.push(push);
            Thread recovery = new Thread(push::recover, "push-recovery");
            recovery.setDaemon(true);
            recovery.start();
        }
        ExecutorService background = Executors.newCachedThreadPool(daemonThreads("desk-background"));
        closers.push(background::shutdownNow);
        Clock clock = Clock.systemDefaultZone();
        ScanInput scan = scanInputs.create(settings, options, closers::push);
        SupervisorPins pins = new SupervisorPins(paths.configDir().resolve(SupervisorPins.FILE_NAME),
                PinHasher.standard(), PinLockout.standard(clock));
        pins.setAttemptLog((supervisor, result) -> journalPinAttempt(client, settings.deskId(), supervisor, result));
        OrderTracker tracker = client.tracker();
        services = new DeskServices(client.desk(), tracker, store, settings, pins, scan,
                new ShiftReportPort(client.shiftReport(), clock), tracker::cancellableUntil,
                sandbox ? new DemoPassList(paths.dataDir().resolve("demo-passes")) : null, null, background, clock,
                sandbox, firstRun, this::exitLater);
    }

    private static ClientServices openClient(DeskSettings settings, String baseUrl, AppPaths paths)
            throws ApiException, JournalException {
        ZoneId zone = ZoneId.systemDefault();
        OrderTracker.Settings d = OrderTracker.Settings.defaults();
        OrderTracker.Settings today = new OrderTracker.Settings(d.interval(), d.maxBackoff(), d.offlineAfterFailures(),
                d.capacity(), LocalDate.now(zone).atStartOfDay(zone).toInstant().minusNanos(1));
        return ClientServices.open(settings, baseUrl, paths.dataDir(), today);
    }

    /** Every supervisor PIN attempt goes into the audit log (who and the result; never the PIN). */
    private static void journalPinAttempt(ClientServices client, String deskId, String supervisor,
                                          PinCheck.Result result) {
        try {
            client.journal().audit().append(AuditEntry.of(deskId, supervisor, "SUPERVISOR_PIN", "", result.name(), 0,
                    "", ""));
        } catch (JournalException e) {
            LOG.warn("A supervisor PIN attempt could not be written to the journal", e);
        }
    }

    DeskServices services() {
        return services;
    }

    /** When the window closes: stop services off the FX thread, then run the after-close action. */
    private void exitLater() {
        Thread t = new Thread(() -> {
            close();
            afterClose.run();
        }, "desk-exit");
        t.start();
    }

    static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public synchronized void close() {
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
