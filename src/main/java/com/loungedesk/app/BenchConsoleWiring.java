package com.loungedesk.app;

import com.loungedesk.bench.Backend;
import com.loungedesk.bench.ui.DeskWiring;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.RedemptionDesk;
import com.loungedesk.staff.SecurityLog;
import com.loungedesk.scan.source.ImageFileSource;
import com.loungedesk.ui.port.ScanInput;
import com.loungedesk.ui.port.ShiftReport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The console's real parts for the UI bench: client services on the bench's backend, and the scan input. */
final class BenchConsoleWiring implements DeskWiring {

    @Override
    public Client open(Backend backend, Path data, Clock clock) throws Exception {
        DeskSettings settings = DeskSettings.defaults().withBackend(backend.baseUrl(), List.of(backend.apiKey()));
        ClientServices services = ClientServices.open(settings, backend.baseUrl(), data, data.resolveSibling("config"),
                OrderTracker.Settings.defaults());
        services.start();
        ShiftReport shift = new ShiftReportPort(services.shiftReport(), clock);
        return new Client() {
            @Override
            public RedemptionDesk desk() {
                return services.desk();
            }

            @Override
            public OrderTracker tracker() {
                return services.tracker();
            }

            @Override
            public ShiftReport shiftReport() {
                return shift;
            }

            @Override
            public SecurityLog securityLog() {
                return JournalSecurityLog.over(services.journal(), settings.deskId());
            }

            @Override
            public void close() {
                services.close();
            }
        };
    }

    @Override
    public ScanInput camera(ImageFileSource source, Clock clock) {
        return new ScanInputAdapter(source, "camera", clock);
    }
}
