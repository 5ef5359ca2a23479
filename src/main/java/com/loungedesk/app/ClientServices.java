package com.loungedesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.OctoRedemptionClient;
import com.loungedesk.api.OrdersClient;
import com.loungedesk.api.SupplierRouter;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.JournalException;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.CancelUsage;
import com.loungedesk.redemption.DefaultRedemptionDesk;
import com.loungedesk.redemption.OfflineAdmissionSender;
import com.loungedesk.redemption.OfflineAdmissions;
import com.loungedesk.redemption.OutboxSender;
import com.loungedesk.redemption.OutboxSync;
import com.loungedesk.redemption.RedemptionDesk;
import com.loungedesk.redemption.ShiftReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything the console and the command line use, built from the desk settings by constructors:
 * one HTTP gateway (one OkHttpClient, one ObjectMapper), the OCTO and orders clients, the supplier
 * router, the journal, the order tracker, the redemption desk, the outbox sync and the shift report.
 * Nothing runs until {@link #start()}; {@link #close()} stops and closes it all.
 */
public final class ClientServices implements AutoCloseable {

    private final HttpGateway gateway;
    private final Journal journal;
    private final OrderTracker tracker;
    private final OutboxSender sender;
    private final OutboxSync outboxSync;
    private final RedemptionDesk desk;
    private final ShiftReport shiftReport;
    private final OfflineAdmissions offline;

    private ClientServices(HttpGateway gateway, Journal journal, OrderTracker.Settings trackerSettings,
                           DeskSettings settings) {
        ObjectMapper json = gateway.json();
        this.gateway = gateway;
        this.journal = journal;
        OctoRedemptionClient octo = new OctoRedemptionClient(gateway);
        OrdersClient orders = new OrdersClient(gateway);
        SupplierRouter router = new SupplierRouter(octo, settings.apiKeys());
        OutboxSync[] sync = new OutboxSync[1];
        this.tracker = new OrderTracker(orders, settings.apiKeys(), trackerSettings, Clock.systemUTC(),
                () -> sync[0] == null ? 0 : sync[0].pendingCount());
        this.sender = new OutboxSender(octo, orders, router, journal, tracker, json);
        this.outboxSync = new OutboxSync(journal, sender, Duration.ofSeconds(15));
        sync[0] = outboxSync;
        CancelUsage cancel = new CancelUsage(orders, router, tracker, journal, sender, json);
        this.desk = new DefaultRedemptionDesk(octo, router, journal, sender, cancel, json,
                settings.mode() == DeskSettings.Mode.VALIDATE);
        this.shiftReport = new ShiftReport(journal);
        this.offline = new OfflineAdmissions(journal, json, Clock.systemDefaultZone(), settings::offlineAdmissionsPerShift);
        new OfflineAdmissionSender(desk, journal, json).attachTo(outboxSync);
    }

    /** Builds the services for {@code baseUrl} (the settings' backend URL is ignored) with the journal in {@code dataDir}. */
    public static ClientServices open(DeskSettings settings, String baseUrl, Path dataDir,
                                      OrderTracker.Settings trackerSettings) throws ApiException, JournalException {
        HttpGateway gateway = new HttpGateway(ApiConfig.of(baseUrl, settings.allowInsecureHttp()), Json.mapper());
        try {
            return new ClientServices(gateway, Journal.open(dataDir), trackerSettings, settings);
        } catch (JournalException e) {
            gateway.close();
            throw e;
        }
    }

    /** Builds the services for the settings' own backend URL with default polling. */
    public static ClientServices open(DeskSettings settings, Path dataDir) throws ApiException, JournalException {
        return open(settings, settings.backendUrl(), dataDir, OrderTracker.Settings.defaults());
    }

    /** Sends what the outbox kept from before, then starts polling orders and syncing the outbox. */
    public void start() {
        outboxSync.start();
        tracker.start();
    }

    public RedemptionDesk desk() {
        return desk;
    }

    public OrderTracker tracker() {
        return tracker;
    }

    public OutboxSync outboxSync() {
        return outboxSync;
    }

    public ShiftReport shiftReport() {
        return shiftReport;
    }

    /** Offline admissions, capped per shift by the settings this was opened with. */
    public OfflineAdmissions offlineAdmissions() {
        return offline;
    }

    public OutboxSender sender() {
        return sender;
    }

    public Journal journal() {
        return journal;
    }

    public HttpGateway gateway() {
        return gateway;
    }

    @Override
    public void close() {
        tracker.close();
        outboxSync.close();
        gateway.close();
        journal.close();
    }
}
