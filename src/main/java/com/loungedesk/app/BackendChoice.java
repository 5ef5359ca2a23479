package com.loungedesk.app;

import com.loungedesk.api.ApiException;
import com.loungedesk.api.Backend;
import com.loungedesk.api.BackendProbe;
import com.loungedesk.api.BackendType;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.loungedesk.LoungeDeskBackend;
import com.loungedesk.api.octo.OctoBackend;
import com.loungedesk.config.DeskSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that picks the backend's implementations: the type the settings name, or, for
 * {@code auto}, the type a probe finds at connect time (said in the log and, through
 * {@link Chosen#finding()}, on screen). What a probe found is remembered beside the journal, so a desk
 * whose backend cannot be reached at start still starts with the type found last time (and queues).
 */
final class BackendChoice {

    private static final Logger LOG = LoggerFactory.getLogger(BackendChoice.class);

    /**
     * The backend and how its type was decided: a sentence for the log and the screen, and a short
     * form for the connection chip ("octo, probed").
     */
    record Chosen(Backend backend, String finding, String shortly) {
    }

    private BackendChoice() {
    }

    static Chosen choose(DeskSettings settings, HttpGateway gateway, Clock clock, ZoneId zone, Path remembered)
            throws ApiException {
        if (settings.backendType() != DeskSettings.BackendType.AUTO) {
            BackendType type = settings.backendType() == DeskSettings.BackendType.OCTO ? BackendType.OCTO
                    : BackendType.LOUNGEDESK;
            return chosen(settings, gateway, clock, zone, type, "Backend type: " + type.id()
                    + " (set in the settings).", "set");
        }
        if (settings.apiKeys().isEmpty()) {
            throw new ApiException(ApiException.Kind.CONFIG, "", 0,
                    "No supplier key is configured, so the backend's type cannot be probed.");
        }
        String base = gateway.base().toString();
        try {
            return probed(settings, gateway, clock, zone, remembered);
        } catch (ApiException e) {
            if (e.kind() != ApiException.Kind.UNREACHABLE) {
                throw e;
            }
            BackendType known = recall(remembered, base);
            if (known != null) {
                return chosen(settings, gateway, clock, zone, known, "Backend type: " + known.id()
                        + " (found at an earlier start; the backend cannot be reached now).", "probed at an earlier start");
            }
            Backend later = ProbeLater.backend(() -> probed(settings, gateway, clock, zone, remembered).backend(),
                    clock, Duration.ofSeconds(settings.octo().pollSeconds()), base);
            String finding = "Backend type: not known yet (" + base + " cannot be reached); it is probed on the "
                    + "first call that reaches it.";
            LOG.info("{} {}", finding, later.description());
            return new Chosen(later, finding, "auto, not probed yet");
        }
    }

    private static Chosen probed(DeskSettings settings, HttpGateway gateway, Clock clock, ZoneId zone,
                                 Path remembered) throws ApiException {
        BackendProbe.Found found = BackendProbe.detect(gateway, settings.apiKeys().get(0));
        remember(remembered, gateway.base().toString(), found.type());
        return chosen(settings, gateway, clock, zone, found.type(), found.sentence(), "probed");
    }

    private static Chosen chosen(DeskSettings settings, HttpGateway gateway, Clock clock, ZoneId zone,
                                 BackendType type, String finding, String how) {
        Backend backend = type == BackendType.OCTO
                ? OctoBackend.over(gateway, clock, zone, Duration.ofMinutes(settings.octo().undoMinutes()),
                        settings.octo().validate())
                : LoungeDeskBackend.over(gateway);
        String said = settings.mode() == DeskSettings.Mode.VALIDATE && !backend.redemption().offersValidate()
                ? finding + " Validate mode is not defined for this backend, so the desk redeems instead." : finding;
        LOG.info("{} {}", said, backend.description());
        return new Chosen(backend, said, type.id() + ", " + how);
    }

    private static void remember(Path file, String baseUrl, BackendType type) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, baseUrl + "\t" + type.id() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not remember the backend type in {}: {}", file, e.toString());
        }
    }

    private static BackendType recall(Path file, String baseUrl) {
        try {
            String[] line = Files.readString(file, StandardCharsets.UTF_8).strip().split("\t");
            if (line.length == 2 && line[0].equals(baseUrl)) {
                for (BackendType t : BackendType.values()) {
                    if (t.id().equals(line[1])) {
                        return t;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("No remembered backend type: {}", e.toString());
        }
        return null;
    }
}
