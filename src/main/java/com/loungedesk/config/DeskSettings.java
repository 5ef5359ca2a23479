package com.loungedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
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
 * @param backendType       what kind of backend {@code backendUrl} is: our contract, a plain OCTO supplier,
 *                          or {@code AUTO} (probed once at connect time)
 * @param octo              how the desk treats a plain OCTO supplier (poll pace, undo window)
 * @param offlineAdmissionsPerShift how many guests a supervisor may admit offline per shift (0..500; 20 when
 *                          not set; 0 turns offline admission off)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeskSettings(String backendUrl, List<String> apiKeys, String deskId, Mode mode, String camera,
                           boolean sounds, int verdictSeconds, String language, String theme,
                           boolean allowInsecureHttp, PushSettings push, BackendType backendType,
                           OctoSettings octo, Integer offlineAdmissionsPerShift) {

    /** The offline admissions a shift allows when the settings do not say. */
    public static final int DEFAULT_OFFLINE_ADMISSIONS = 20;

    /** Settings without an offline-admission limit of their own (the default applies). */
    public DeskSettings(String backendUrl, List<String> apiKeys, String deskId, Mode mode, String camera,
                        boolean sounds, int verdictSeconds, String language, String theme, boolean allowInsecureHttp,
                        PushSettings push, BackendType backendType, OctoSettings octo) {
        this(backendUrl, apiKeys, deskId, mode, camera, sounds, verdictSeconds, language, theme, allowInsecureHttp,
                push, backendType, octo, null);
    }

    public enum Mode { REDEEM, VALIDATE }

    /** The kinds of backend a desk can talk to. */
    public enum BackendType {
        /** The LoungeDesk contract (OCTO redemption plus the /orders feed and pushes): the embedded sandbox. */
        LOUNGEDESK,
        /** A plain OCTO supplier (Ventrata at /octo, Bokun at /octo/v1, ...): no order feed, no extras. */
        OCTO,
        /** Find out at connect time ({@code GET {base}/capabilities} and whether {@code {base}/orders} exists). */
        AUTO;

        /** Reads {@code loungedesk}, {@code octo} or {@code auto} in any case; null for anything else. */
        public static BackendType parse(String text) {
            if (text == null) {
                return null;
            }
            for (BackendType t : values()) {
                if (t.name().equalsIgnoreCase(text.strip())) {
                    return t;
                }
            }
            return null;
        }

        /** As written in the settings file and on the command line: loungedesk, octo, auto. */
        @JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @JsonCreator
        static BackendType fromJson(String text) {
            BackendType t = parse(text);
            if (t == null) {
                throw new IllegalArgumentException("backendType must be loungedesk, octo or auto");
            }
            return t;
        }
    }

    /**
     * What a plain OCTO supplier leaves to the desk.
     *
     * @param pollSeconds  how often the desk asks for today's bookings (5..600; 15 by default)
     * @param undoMinutes  how long after a redemption a supervisor may undo it (OCTO sets no window; 1..1440,
     *                     30 by default)
     * @param validate     whether to use the supplier's {@code redemption/validate} in validate mode (its answer
     *                     is read as a booking); off by default, since OCTO leaves that answer's meaning open
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OctoSettings(int pollSeconds, int undoMinutes, boolean validate) {
        public OctoSettings {
            pollSeconds = pollSeconds <= 0 ? 15 : Math.max(5, Math.min(600, pollSeconds));
            undoMinutes = undoMinutes <= 0 ? 30 : Math.min(1440, undoMinutes);
        }

        public OctoSettings(int pollSeconds, int undoMinutes) {
            this(pollSeconds, undoMinutes, false);
        }

        public static OctoSettings defaults() {
            return new OctoSettings(15, 30, false);
        }
    }

    /**
     * The console's push receiver ({@code POST http://bindAddress:port/dragonpass/events}): off by default.
     *
     * @param jwksUrl    where the provider's public keys are published (https, or http on loopback only);
     *                   used when {@code publicKeys} is empty; empty = the backend's own
     *                   {@code /.well-known/jwks.json}
     * @param publicKeys the provider's public keys as PEM files, one or two (DragonPass exchanges them out of
     *                   band, and two overlap during a rotation); each names the kid its tokens carry
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PushSettings(boolean enabled, String bindAddress, int port, String jwksUrl,
                               List<PublicKeyFile> publicKeys) {
        public PushSettings {
            bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress.strip();
            jwksUrl = jwksUrl == null ? "" : jwksUrl.strip();
            publicKeys = publicKeys == null ? List.of() : List.copyOf(publicKeys);
        }

        public PushSettings(boolean enabled, String bindAddress, int port, String jwksUrl) {
            this(enabled, bindAddress, port, jwksUrl, List.of());
        }

        public static PushSettings off() {
            return new PushSettings(false, "127.0.0.1", 8787, "");
        }
    }

    /**
     * A provider public key in a PEM file ({@code -----BEGIN PUBLIC KEY-----} or a certificate).
     *
     * @param kid     the key id the provider's tokens name in their header; blank = the file name without
     *                {@code .pem}
     * @param pemFile the file's path
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicKeyFile(String kid, String pemFile) {
    }

    @JsonCreator
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
        backendType = backendType == null ? BackendType.AUTO : backendType;
        octo = octo == null ? OctoSettings.defaults() : octo;
        offlineAdmissionsPerShift = offlineAdmissionsPerShift == null ? DEFAULT_OFFLINE_ADMISSIONS
                : Math.max(0, Math.min(500, offlineAdmissionsPerShift));
    }

    public DeskSettings withOfflineAdmissionsPerShift(int limit) {
        return new DeskSettings(backendUrl, apiKeys, deskId, mode, camera, sounds, verdictSeconds, language, theme,
                allowInsecureHttp, push, backendType, octo, limit);
    }

    public static DeskSettings defaults() {
        return new DeskSettings("", List.of(), "desk-1", Mode.REDEEM, "", true, 4, "en", "light", false,
                PushSettings.off(), BackendType.AUTO, OctoSettings.defaults());
    }

    /** True when no backend is configured: the console runs on the embedded sandbox. */
    public boolean usesEmbeddedSandbox() {
        return backendUrl.isEmpty();
    }

    public DeskSettings withBackend(String url, List<String> keys) {
        return new DeskSettings(url, keys, deskId, mode, camera, sounds, verdictSeconds, language, theme,
                allowInsecureHttp, push, backendType, octo, offlineAdmissionsPerShift);
    }

    public DeskSettings withBackendType(BackendType type) {
        return new DeskSettings(backendUrl, apiKeys, deskId, mode, camera, sounds, verdictSeconds, language, theme,
                allowInsecureHttp, push, type, octo, offlineAdmissionsPerShift);
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
                + ", backendType=" + backendType.id() + ", mode=" + mode + ", language=" + language + ", theme=" + theme
                + "]";
    }
}
