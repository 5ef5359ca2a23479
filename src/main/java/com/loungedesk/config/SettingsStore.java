package com.loungedesk.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
 * {@code LOUNGEDESK_BACKEND_URL} in the environment take precedence over the file, and are never written to it.
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

    /**
     * The saved settings with environment overrides; defaults when there is no file, when it holds {@code null},
     * or when it is unreadable (then with a sentence naming the file and the field, and a copy kept aside; the
     * stack trace goes to the log file only).
     */
    public Loaded load() {
        DeskSettings saved = DeskSettings.defaults();
        String problem = "";
        if (Files.exists(file)) {
            try {
                DeskSettings read = json.readValue(file.toFile(), DeskSettings.class);
                saved = read == null ? saved : read;
            } catch (IOException e) {
                problem = "Settings file " + file + " " + describe(e) + "; it was kept as " + FILE_NAME
                        + ".unreadable and the defaults are used.";
                LOG.info("Why the settings file could not be read", e);
                keepUnreadableCopy();
            }
        }
        return new Loaded(withEnvironment(saved), problem);
    }

    /** Settings as read, plus a sentence for people when the file could not be used. */
    public record Loaded(DeskSettings settings, String problem) {
    }

    /**
     * Writes the settings atomically, owner-only, without what the environment gave: keys from
     * {@code LOUNGEDESK_API_KEYS} are left out (the file keeps its own keys when only environment keys are
     * in use), and a backend URL equal to {@code LOUNGEDESK_BACKEND_URL} leaves the file's URL as it was.
     */
    public void save(DeskSettings settings) throws IOException {
        DeskSettings onFile = fileOnly();
        List<String> envKeys = environmentKeys();
        List<String> keys = settings.apiKeys().stream().filter(k -> !envKeys.contains(k)).toList();
        if (keys.isEmpty() && !envKeys.isEmpty()) {
            keys = onFile.apiKeys();
        }
        String envUrl = environmentUrl();
        String url = !envUrl.isEmpty() && settings.backendUrl().equals(envUrl) ? onFile.backendUrl() : settings.backendUrl();
        write(settings.withBackend(url, keys));
    }

    /** Supplier keys that come from {@code LOUNGEDESK_API_KEYS} (never written to the file). */
    public List<String> environmentKeys() {
        return Arrays.stream(env.getOrDefault("LOUNGEDESK_API_KEYS", "").split(",")).map(String::trim)
                .filter(k -> !k.isEmpty()).toList();
    }

    /** The backend URL from {@code LOUNGEDESK_BACKEND_URL}, or empty. */
    public String environmentUrl() {
        return env.getOrDefault("LOUNGEDESK_BACKEND_URL", "").trim();
    }

    /** The file's own settings, without the environment; defaults when it cannot be read. */
    private DeskSettings fileOnly() {
        try {
            DeskSettings read = Files.exists(file) ? json.readValue(file.toFile(), DeskSettings.class) : null;
            return read == null ? DeskSettings.defaults() : read;
        } catch (IOException e) {
            return DeskSettings.defaults();
        }
    }

    private void write(DeskSettings settings) throws IOException {
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
        String url = environmentUrl();
        List<String> envKeys = environmentKeys();
        return s.withBackend(url.isEmpty() ? s.backendUrl() : url, envKeys.isEmpty() ? s.apiKeys() : envKeys);
    }

    private void keepUnreadableCopy() {
        try {
            Files.copy(file, file.resolveSibling(FILE_NAME + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Could not keep a copy of the unreadable settings file", e);
        }
    }

    /** What is wrong, for the sentence: where the JSON breaks, or which field has a value of the wrong kind. */
    static String describe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException p && p.getLocation() != null) {
                return "is not valid JSON (line " + p.getLocation().getLineNr() + ", column "
                        + p.getLocation().getColumnNr() + ")";
            }
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("?");
            String expected = m instanceof MismatchedInputException mi && mi.getTargetType() != null
                    ? " (expected " + kind(mi.getTargetType()) + ")" : "";
            return "has a wrong value in the field \"" + field + "\"" + expected;
        }
        if (e instanceof JsonProcessingException j) {
            return "could not be read (" + j.getOriginalMessage().lines().findFirst().orElse("") + ")";
        }
        return "could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .toList();
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
