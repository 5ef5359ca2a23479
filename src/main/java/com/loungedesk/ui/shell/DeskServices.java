package com.loungedesk.ui.shell;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.config.SettingsStore;
import com.loungedesk.orders.OrderFeed;
import com.loungedesk.redemption.OfflineAdmissions;
import com.loungedesk.redemption.RedemptionDesk;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.port.CancelWindows;
import com.loungedesk.ui.port.DemoPasses;
import com.loungedesk.ui.port.ScanInput;
import com.loungedesk.ui.port.ShiftReport;
import com.loungedesk.ui.port.VerdictSounds;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Everything the console needs, filled in by the app wiring (no singletons).
 *
 * @param desk          redemption use cases (blocking; called on {@code background})
 * @param orders        the live order feed
 * @param settingsStore where the settings screen saves
 * @param settings      the settings as loaded at start
 * @param supervisors   supervisor PIN store (salted hashes, lockout)
 * @param scanInput     camera frames, decoded codes, boarding passes; {@link ScanInput#none()} if absent
 * @param shiftReport   shift totals and CSV export
 * @param cancelWindows the provider's cancel window per order; {@link CancelWindows#none()} if unknown
 * @param demoPasses    demo passes for the welcome panel; {@link DemoPasses#none()} on a real backend
 * @param sounds        verdict sounds, or null for the built-in tones
 * @param background    the executor every blocking call runs on (never the FX thread)
 * @param clock         the clock (tests pin it)
 * @param sandbox       true when running on the embedded sandbox: shows the SANDBOX badge
 * @param firstRun      true when no settings existed: opens on the welcome panel
 * @param onExit        called once when the window closes (stop services)
 * @param offline       offline admissions (supervisor lets a guest in while the backend cannot be reached),
 *                      or null when this desk offers none
 */
public record DeskServices(RedemptionDesk desk, OrderFeed orders, SettingsStore settingsStore, DeskSettings settings,
                           SupervisorPins supervisors, ScanInput scanInput, ShiftReport shiftReport,
                           CancelWindows cancelWindows, DemoPasses demoPasses, VerdictSounds sounds,
                           Executor background, Clock clock, boolean sandbox, boolean firstRun, Runnable onExit,
                           OfflineAdmissions offline) {

    /** Services without offline admission. */
    public DeskServices(RedemptionDesk desk, OrderFeed orders, SettingsStore settingsStore, DeskSettings settings,
                        SupervisorPins supervisors, ScanInput scanInput, ShiftReport shiftReport,
                        CancelWindows cancelWindows, DemoPasses demoPasses, VerdictSounds sounds,
                        Executor background, Clock clock, boolean sandbox, boolean firstRun, Runnable onExit) {
        this(desk, orders, settingsStore, settings, supervisors, scanInput, shiftReport, cancelWindows, demoPasses,
                sounds, background, clock, sandbox, firstRun, onExit, null);
    }

    public DeskServices {
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(settingsStore, "settingsStore");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(supervisors, "supervisors");
        Objects.requireNonNull(shiftReport, "shiftReport");
        Objects.requireNonNull(background, "background");
        scanInput = scanInput == null ? ScanInput.none() : scanInput;
        cancelWindows = cancelWindows == null ? CancelWindows.none() : cancelWindows;
        demoPasses = demoPasses == null ? DemoPasses.none() : demoPasses;
        clock = clock == null ? Clock.systemDefaultZone() : clock;
        onExit = onExit == null ? () -> { } : onExit;
    }
}
