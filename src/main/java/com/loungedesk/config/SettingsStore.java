package com.loungedesk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.json} in the config folder. The file holds supplier keys, so it is
 * written readable by its owner only. {@code LOUNGEDESK_API_KEYS} (comma-separated) and
 * {@code LOUNGEDESK_BACKEND_URL} in the environment take precedence over the file.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    public static final String FILE_NAME = "settings.json";

    private final Path file;
    private final Map<String, String> env;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path configDir, Map<String, String> env) {
        this.file = configDir.resolve(FILE_NAME);
        this.env = env;
    }

    public Path file() {
        return file;
    }

    /** The saved settings with environment overrides; defaults when there is no file or it is unreadable. */
    public Loaded load() {
        DeskSettings saved = DeskSettings.defaults();
        String problem = "";
        if (Files.exists(file)) {
            try {
                saved = json.readValue(file.toFile(), DeskSettings.class);
            } catch (IOException e) {
                problem = "Settings file " + file + " could not be read (" + shortReason(e)
                        + "); using defaults. The file was kept as " + FILE_NAME + ".unreadable.";
                LOG.warn(problem, e);
                keepUnreadableCopy();
            }
        }
        return new Loaded(withEnvironment(saved), problem);
    }

    /** Settings as read, plus a sentence for people when the file could not be used. */
    public record Loaded(DeskSettings settings, String problem) {
    }

    /** Writes the settings (never the environment overrides' secrets) atomically, owner-only. */
    public void save(DeskSettings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(tmp, json.writeValueAsBytes(settings));
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private DeskSettings withEnvironment(DeskSettings s) {
        String url = env.getOrDefault("LOUNGEDESK_BACKEND_URL", "");
        String keys = env.getOrDefault("LOUNGEDESK_API_KEYS", "");
        List<String> envKeys = Arrays.stream(keys.split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList();
        return s.withBackend(url.isBlank() ? s.backendUrl() : url.trim(), envKeys.isEmpty() ? s.apiKeys() : envKeys);
    }

    private void keepUnreadableCopy() {
        try {
            Files.copy(file, file.resolveSibling(FILE_NAME + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Could not keep a copy of the unreadable settings file", e);
        }
    }

    private static String shortReason(IOException e) {
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getClass().getSimpleName();
    }
}
