package com.loungedesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where LoungeDesk keeps settings, data and logs, following each system's convention:
 * XDG folders on Linux, AppData on Windows, Library on macOS.
 * {@code LOUNGEDESK_HOME} (environment) or {@code loungedesk.home} (system property) puts all three
 * under one folder instead, for tests and portable installs.
 */
public record AppPaths(Path configDir, Path dataDir, Path logDir) {

    private static final String APP = "loungedesk";

    public static AppPaths forThisUser() {
        return resolve(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv(), System.getProperty("loungedesk.home"));
    }

    static AppPaths resolve(String osName, String userHome, Map<String, String> env, String homeOverride) {
        String override = homeOverride != null ? homeOverride : env.get("LOUNGEDESK_HOME");
        if (override != null && !override.isBlank()) {
            return under(Path.of(override));
        }
        Path home = Path.of(userHome);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = pathOr(env.get("APPDATA"), home.resolve("AppData/Roaming"));
            Path local = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData/Local"));
            return new AppPaths(roaming.resolve("LoungeDesk"), local.resolve("LoungeDesk/data"),
                    local.resolve("LoungeDesk/logs"));
        }
        if (os.contains("mac")) {
            Path lib = home.resolve("Library");
            return new AppPaths(lib.resolve("Preferences/LoungeDesk"), lib.resolve("Application Support/LoungeDesk"),
                    lib.resolve("Logs/LoungeDesk"));
        }
        Path config = pathOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(APP);
        Path data = pathOr(env.get("XDG_DATA_HOME"), home.resolve(".local/share")).resolve(APP);
        Path state = pathOr(env.get("XDG_STATE_HOME"), home.resolve(".local/state")).resolve(APP);
        return new AppPaths(config, data, state.resolve("logs"));
    }

    public static AppPaths under(Path root) {
        return new AppPaths(root.resolve("config"), root.resolve("data"), root.resolve("logs"));
    }

    private static Path pathOr(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
