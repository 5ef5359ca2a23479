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
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Option(names = "--backend-type", paramLabel = "TYPE", converter = BackendTypeConverter.class,
            description = "loungedesk (our contract), octo (a plain OCTO supplier; the URL includes its prefix, "
                    + "such as /octo/v1) or auto (probe once; default: from the settings).")
    DeskSettings.BackendType backendType;

    /** Reads loungedesk, octo or auto; anything else is a usage error that names the choices. */
    static final class BackendTypeConverter implements CommandLine.ITypeConverter<DeskSettings.BackendType> {
        @Override
        public DeskSettings.BackendType convert(String value) {
            DeskSettings.BackendType t = DeskSettings.BackendType.parse(value);
            if (t == null) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a backend type: use loungedesk, "
                        + "octo or auto");
            }
            return t;
        }
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The settings file's settings with the flags on top; a settings file that cannot be read is one sentence on stderr. */
    DeskSettings settings() {
        SettingsStore.Loaded loaded = new SettingsStore(AppPaths.forThisUser().configDir(), System.getenv()).load();
        if (!loaded.problem().isEmpty() && command != null) {
            command.commandLine().getErr().println(loaded.problem());
        }
        DeskSettings s = loaded.settings();
        String url = backend != null ? backend : s.backendUrl();
        List<String> keys = apiKeys.isEmpty() ? s.apiKeys() : apiKeys;
        return new DeskSettings(url, keys, desk != null ? desk : s.deskId(), s.mode(), s.camera(), s.sounds(),
                s.verdictSeconds(), s.language(), s.theme(), s.allowInsecureHttp() || allowInsecureHttp, s.push(),
                backendType != null ? backendType : s.backendType(), s.octo(), s.offlineAdmissionsPerShift());
    }

    Path dataDir() {
        return dataDir != null ? dataDir : AppPaths.forThisUser().dataDir();
    }

    /** Where the desk key and the journal's outside head live: the user's config folder. */
    Path configDir() {
        return AppPaths.forThisUser().configDir();
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
            return ClientServices.open(s, s.backendUrl(), dataDir(), configDir(), OrderTracker.Settings.defaults());
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
