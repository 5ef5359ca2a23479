package com.loungedesk.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Everything a desk is configured with. Stored as JSON in the user's config folder by
 * {@link SettingsStore}; missing fields take the defaults below.
 *
 * @param backendUrl        the backend base URL; empty = start the embedded sandbox
 * @param apiKeys           supplier keys this desk serves (secret: never logged or shown in full)
 * @param deskId            this desk's id, recorded with every action
 * @param mode              redeem (look up, then redeem) or validate (server-side rules, one call)
 * @param camera            preferred camera name, empty = first found
 * @param sounds            play a sound per verdict
 * @param verdictSeconds    how long a verdict stays before it clears itself
 * @param language          "en" or "zh-CN"
 * @param theme             "light" or "dark"
 * @param allowInsecureHttp allow plain http:// to a host other than loopback
 * @param push              push receiver settings
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeskSettings(String backendUrl, List<String> apiKeys, String deskId, Mode mode, String camera,
                           boolean sounds, int verdictSeconds, String language, String theme,
                           boolean allowInsecureHttp, PushSettings push) {

    public enum Mode { REDEEM, VALIDATE }

    /** The console's push receiver: off by default. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PushSettings(boolean enabled, String bindAddress, int port, String jwksUrl) {
        public static PushSettings off() {
            return new PushSettings(false, "127.0.0.1", 8787, "");
        }
    }

    public DeskSettings {
        backendUrl = backendUrl == null ? "" : backendUrl.trim();
        apiKeys = apiKeys == null ? List.of() : apiKeys.stream().filter(k -> k != null && !k.isBlank())
                .map(String::trim).distinct().toList();
        deskId = deskId == null || deskId.isBlank() ? "desk-1" : deskId.trim();
        mode = mode == null ? Mode.REDEEM : mode;
        camera = camera == null ? "" : camera;
        verdictSeconds = verdictSeconds <= 0 ? 4 : Math.min(verdictSeconds, 60);
        language = language == null || language.isBlank() ? "en" : language;
        theme = "dark".equalsIgnoreCase(theme) ? "dark" : "light";
        push = push == null ? PushSettings.off() : push;
    }

    public static DeskSettings defaults() {
        return new DeskSettings("", List.of(), "desk-1", Mode.REDEEM, "", true, 4, "en", "light", false,
                PushSettings.off());
    }

    /** True when no backend is configured: the console runs on the embedded sandbox. */
    public boolean usesEmbeddedSandbox() {
        return backendUrl.isEmpty();
    }

    public DeskSettings withBackend(String url, List<String> keys) {
        return new DeskSettings(url, keys, deskId, mode, camera, sounds, verdictSeconds, language, theme,
                allowInsecureHttp, push);
    }

    /** A key shown to people: the first four characters, the rest masked. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        return key.length() <= 4 ? "••••" : key.substring(0, 4) + "••••";
    }

    @Override
    public String toString() {
        return "DeskSettings[backendUrl=" + backendUrl + ", apiKeys=" + apiKeys.size() + " key(s), deskId=" + deskId
                + ", mode=" + mode + ", language=" + language + ", theme=" + theme + "]";
    }
}
