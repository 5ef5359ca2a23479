package com.loungedesk.bench.ui;

import com.loungedesk.bench.Backend;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.RedemptionDesk;
import com.loungedesk.staff.SecurityLog;
import com.loungedesk.scan.source.ImageFileSource;
import com.loungedesk.ui.port.ScanInput;
import com.loungedesk.ui.port.ShiftReport;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The parts of the UI bench's console that the app wires (the bench never imports the app): the real
 * client services on the bench's backend, and the real scan input over an image source as the camera.
 */
public interface DeskWiring {

    /** The console's real client services on the backend's key, started, keeping their files under {@code data}. */
    Client open(Backend backend, Path data, Clock clock) throws Exception;

    /** The console's real scan input with {@code source} as its camera (frames go through the decoding pipeline). */
    ScanInput camera(ImageFileSource source, Clock clock);

    /** Started client services; closing stops them. */
    interface Client extends AutoCloseable {
        RedemptionDesk desk();

        OrderTracker tracker();

        ShiftReport shiftReport();

        /** Where supervisor PIN attempts and the lockout are kept (the desk's journal). */
        SecurityLog securityLog();
    }
}
