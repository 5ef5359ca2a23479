package com.loungedesk.app;

import com.loungedesk.api.ApiException;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.config.SettingsStore;
import com.loungedesk.journal.JournalException;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.DeskContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Flags shared by the headless client commands. Without flags the settings file in the user's config
 * folder (and LOUNGEDESK_BACKEND_URL / LOUNGEDESK_API_KEYS) is used. Keys are never printed.
 */
public final class ClientOptions {

    @Option(names = "--backend", paramLabel = "URL", description = "Backend base URL (default: from the settings).")
    String backend;

    @Option(names = "--api-key", paramLabel = "KEY", description = "Supplier key; repeat for each supplier.")
    List<String> apiKeys = new ArrayList<>();

    @Option(names = "--desk", paramLabel = "ID", description = "This desk's id (default: from the settings).")
    String desk;

    @Option(names = "--operator", paramLabel = "ID", defaultValue = "cli", description = "Operator id (default: cli).")
    String operator;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the journal lives (default: the user's data folder).")
    Path dataDir;

    @Option(names = "--allow-insecure-http", description = "Allow plain http:// to a host other than loopback.")
    boolean allowInsecureHttp;

    /** The settings file's settings with the flags on top. */
    DeskSettings settings() {
        DeskSettings s = new SettingsStore(AppPaths.forThisUser().configDir(), System.getenv()).load().settings();
        String url = backend != null ? backend : s.backendUrl();
        List<String> keys = apiKeys.isEmpty() ? s.apiKeys() : apiKeys;
        return new DeskSettings(url, keys, desk != null ? desk : s.deskId(), s.mode(), s.camera(), s.sounds(),
                s.verdictSeconds(), s.language(), s.theme(), s.allowInsecureHttp() || allowInsecureHttp, s.push(), s.backendType(),
                s.octo(), s.offlineAdmissionsPerShift());
    }

    Path dataDir() {
        return dataDir != null ? dataDir : AppPaths.forThisUser().dataDir();
    }

    DeskContext who(DeskSettings s) {
        return new DeskContext(s.deskId(), operator, operator);
    }

    /** The services for these options; a sentence (never a key) when they cannot be built. */
    ClientServices open(DeskSettings s) throws CliFailure {
        if (s.usesEmbeddedSandbox()) {
            throw new CliFailure("No backend is configured: pass --backend URL or set it in the console's settings.");
        }
        if (s.apiKeys().isEmpty()) {
            throw new CliFailure("No supplier key is configured: pass --api-key KEY or set it in the settings.");
        }
        try {
            return ClientServices.open(s, s.backendUrl(), dataDir(), OrderTracker.Settings.defaults());
        } catch (ApiException | JournalException e) {
            throw new CliFailure(e.getMessage());
        }
    }

    /** A failure to report on stderr with exit code 1. */
    static final class CliFailure extends Exception {
        CliFailure(String message) {
            super(message);
        }
    }
}
