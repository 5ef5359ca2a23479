package com.loungedesk.ui.testkit;

import com.loungedesk.app.ClientServices;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import com.loungedesk.ui.port.CancelWindows;
import com.loungedesk.ui.port.VerdictSounds;
import com.loungedesk.ui.shell.DeskServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The console's real client stack (journal, outbox, outbox sync, order tracker, redemption desk, offline
 * admissions) on a real sandbox behind a {@link SwitchableProxy}, so a test can take the backend away
 * and bring it back. The supervisors and the scan input come from a {@link ConsoleFixture}.
 */
public final class RealBackend implements AutoCloseable {

    public final SandboxServer sandbox;
    public final SwitchableProxy proxy;
    public final ClientServices client;
    public final DeskSettings settings;

    public RealBackend(Path dir, int offlineLimit) throws Exception {
        this(dir, offlineLimit, SandboxConfig.of(dir.resolve("sandbox.db")), "");
    }

    private RealBackend(Path dir, int offlineLimit, SandboxConfig config, String prefix) throws Exception {
        sandbox = SandboxServer.start(config);
        proxy = new SwitchableProxy(sandbox.baseUrl());
        settings = DeskSettings.defaults().withBackend(proxy.url(prefix), DemoPasses.DEMO_KEYS)
                .withOfflineAdmissionsPerShift(offlineLimit);
        OrderTracker.Settings d = OrderTracker.Settings.defaults();
        client = ClientServices.open(settings, proxy.url(prefix), dir.resolve("data"), dir.resolve("config"),
                new OrderTracker.Settings(Duration.ofMillis(500), Duration.ofSeconds(2), 2, d.capacity(), null));
    }

    /** The same stack on the sandbox playing a plain OCTO supplier under /octo/v1 (backend type auto). */
    public static RealBackend plainOcto(Path dir) throws Exception {
        return new RealBackend(dir, 20, SandboxConfig.of(dir.resolve("octo.db"))
                .withType(com.loungedesk.sandbox.SandboxType.OCTO, "/octo/v1"), "/octo/v1");
    }

    /** The console's services on this stack (started: the outbox sync and the tracker run). */
    public DeskServices services(ConsoleFixture fx) {
        client.start();
        return new DeskServices(client.desk(), client.tracker(), fx.store, settings, fx.pins, fx.scanInput,
                new FakeShiftReport(java.util.List.of()), CancelWindows.none(), null, VerdictSounds.silent(),
                fx.background, Clock.systemDefaultZone(), false, false, () -> { }, client.offlineAdmissions());
    }

    @Override
    public void close() throws Exception {
        client.close();
        proxy.close();
        sandbox.close();
    }
}
