package com.loungedesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.Backend;
import com.loungedesk.api.BackendType;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
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
import java.time.ZoneId;

/**
 * Everything the console and the command line use, built from the desk settings by constructors:
 * one HTTP gateway (one OkHttpClient, one ObjectMapper), the backend's capabilities for its type
 * ({@link BackendChoice}), the supplier router, the journal, the order tracker, the redemption desk, the
 * outbox sync and the shift report. Nothing runs until {@link #start()}; {@link #close()} stops and
 * closes it all.
 */
public final class ClientServices implements AutoCloseable {

    private final HttpGateway gateway;
    private final BackendChoice.Chosen chosen;
    private final Journal journal;
    private final OrderTracker tracker;
    private final OutboxSender sender;
    private final OutboxSync outboxSync;
    private final RedemptionDesk desk;
    private final ShiftReport shiftReport;
    private final OfflineAdmissions offline;

    private ClientServices(HttpGateway gateway, BackendChoice.Chosen chosen, Journal journal,
                           OrderTracker.Settings trackerSettings, DeskSettings settings) {
        ObjectMapper json = gateway.json();
        this.gateway = gateway;
        this.chosen = chosen;
        this.journal = journal;
        Backend backend = chosen.backend();
        SupplierRouter router = new SupplierRouter(backend.redemption(), settings.apiKeys());
        OutboxSync[] sync = new OutboxSync[1];
        OrderTracker.Settings polling = backend.type() == BackendType.OCTO
                ? trackerSettings.withInterval(Duration.ofSeconds(settings.octo().pollSeconds())) : trackerSettings;
        this.tracker = new OrderTracker(backend.orders(), settings.apiKeys(), polling, Clock.systemUTC(),
                () -> sync[0] == null ? 0 : sync[0].pendingCount());
        tracker.describeBackend(chosen.shortly());
        this.sender = new OutboxSender(backend, router, journal, tracker, json);
        this.outboxSync = new OutboxSync(journal, sender, Duration.ofSeconds(15));
        sync[0] = outboxSync;
        CancelUsage cancel = new CancelUsage(backend.orders(), router, tracker, journal, sender, json);
        this.desk = new DefaultRedemptionDesk(backend.redemption(), router, journal, sender, cancel, json,
                settings.mode() == DeskSettings.Mode.VALIDATE);
        this.shiftReport = new ShiftReport(journal);
        this.offline = new OfflineAdmissions(journal, json, Clock.systemDefaultZone(), settings::offlineAdmissionsPerShift);
        new OfflineAdmissionSender(desk, journal, json).attachTo(outboxSync);
    }

    /**
     * Builds the services for {@code baseUrl} (the settings' backend URL is ignored) with the journal in
     * {@code dataDir} and its desk key and outside head in {@code configDir}. With backend type {@code auto}
     * this asks the backend once what it is.
     */
    public static ClientServices open(DeskSettings settings, String baseUrl, Path dataDir, Path configDir,
                                      OrderTracker.Settings trackerSettings) throws ApiException, JournalException {
        HttpGateway gateway = new HttpGateway(ApiConfig.of(baseUrl, settings.allowInsecureHttp())
                .withLanguage(settings.language()), Json.mapper());
        try {
            BackendChoice.Chosen chosen = BackendChoice.choose(settings, gateway, Clock.systemUTC(),
                    ZoneId.systemDefault(), dataDir.resolve("backend-type"));
            return new ClientServices(gateway, chosen, Journal.open(dataDir, configDir), trackerSettings, settings);
        } catch (JournalException | ApiException | RuntimeException e) {
            gateway.close();
            throw e;
        }
    }

    /** Builds the services for the settings' own backend URL with default polling. */
    public static ClientServices open(DeskSettings settings, Path dataDir, Path configDir)
            throws ApiException, JournalException {
        return open(settings, settings.backendUrl(), dataDir, configDir, OrderTracker.Settings.defaults());
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

    /** The backend's capabilities for its type. */
    public Backend backend() {
        return chosen.backend();
    }

    /** How the backend's type was decided, as a sentence for the screen. */
    public String backendFinding() {
        return chosen.finding();
    }

    @Override
    public void close() {
        tracker.close();
        outboxSync.close();
        gateway.close();
        journal.close();
    }
}
