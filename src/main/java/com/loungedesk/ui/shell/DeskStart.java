package com.loungedesk.ui.shell;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.port.VerdictSounds;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * What the console needs to open its window at once: enough to sign staff in, while the rest of the
 * services (the backend, the journal, the order feed, the camera) are still being connected behind it.
 *
 * @param settings    the settings as loaded at start
 * @param supervisors supervisor PIN store for sign-in
 * @param background  the executor every blocking call runs on (never the FX thread)
 * @param sandbox     true when the console runs on the embedded sandbox (the SANDBOX badge)
 * @param services    completes with the full services once connected, or with the reason they could not be
 * @param sounds      verdict sounds, or null for the built-in tones
 * @param onExit      called once when the window closes, whether or not the services ever connected
 */
public record DeskStart(DeskSettings settings, SupervisorPins supervisors, Executor background, boolean sandbox,
                        CompletionStage<DeskServices> services, VerdictSounds sounds, Runnable onExit) {
    public DeskStart {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(supervisors, "supervisors");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(services, "services");
        onExit = onExit == null ? () -> { } : onExit;
    }

    /** A start whose services are already connected. */
    public static DeskStart ready(DeskServices services) {
        return new DeskStart(services.settings(), services.supervisors(), services.background(), services.sandbox(),
                CompletableFuture.completedFuture(services), services.sounds(), services.onExit());
    }
}
