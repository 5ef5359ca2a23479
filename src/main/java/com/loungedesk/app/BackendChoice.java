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
        BackendType type;
        String finding;
        String how;
        if (settings.backendType() == DeskSettings.BackendType.AUTO) {
            how = "probed";
            if (settings.apiKeys().isEmpty()) {
                throw new ApiException(ApiException.Kind.CONFIG, "", 0,
                        "No supplier key is configured, so the backend's type cannot be probed.");
            }
            try {
                BackendProbe.Found found = BackendProbe.detect(gateway, settings.apiKeys().get(0));
                type = found.type();
                finding = found.sentence();
                remember(remembered, gateway.base().toString(), type);
            } catch (ApiException e) {
                type = e.kind() == ApiException.Kind.UNREACHABLE ? recall(remembered, gateway.base().toString()) : null;
                if (type == null) {
                    throw e;
                }
                finding = "Backend type: " + type.id() + " (found at an earlier start; the backend cannot be "
                        + "reached now).";
                how = "probed at an earlier start";
            }
        } else {
            type = settings.backendType() == DeskSettings.BackendType.OCTO ? BackendType.OCTO : BackendType.LOUNGEDESK;
            finding = "Backend type: " + type.id() + " (set in the settings).";
            how = "set";
        }
        Backend backend = type == BackendType.OCTO
                ? OctoBackend.over(gateway, clock, zone, Duration.ofMinutes(settings.octo().undoMinutes()),
                        settings.octo().validate())
                : LoungeDeskBackend.over(gateway);
        if (settings.mode() == DeskSettings.Mode.VALIDATE && !backend.redemption().offersValidate()) {
            finding += " Validate mode is not defined for this backend, so the desk redeems instead.";
        }
        LOG.info("{} {}", finding, backend.description());
        return new Chosen(backend, finding, type.id() + ", " + how);
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
