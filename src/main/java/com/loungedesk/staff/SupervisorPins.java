package com.loungedesk.staff;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's supervisors and their PINs, kept only as salted PBKDF2 hashes in {@code supervisors.json}
 * (owner-readable only). Every check goes through the desk-wide {@link PinLockout}, whose count lives in the
 * journal; enrolments and PIN changes are journaled too.
 * Blocking (hashing and disk): call it off the FX thread.
 */
public final class SupervisorPins {

    public static final String FILE_NAME = "supervisors.json";
    private static final Logger LOG = LoggerFactory.getLogger(SupervisorPins.class);
    private static final Pattern PIN = Pattern.compile("[0-9]{4,8}");

    /** One stored supervisor. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, String name, String pinHash) {
    }

    private final Path file;
    private final PinHasher hasher;
    private final PinLockout lockout;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public SupervisorPins(Path file, PinHasher hasher, PinLockout lockout) {
        this.file = file;
        this.hasher = hasher;
        this.lockout = lockout;
        load();
    }

    public static boolean wellFormedPin(char[] pin) {
        return pin != null && PIN.matcher(new String(pin)).matches();
    }

    public synchronized boolean hasSupervisors() {
        return !entries.isEmpty();
    }

    public synchronized Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(key(id)));
    }

    /**
     * Adds or replaces a supervisor; the PIN must be 4-8 digits. Writes the file, then journals it (PIN_ENROLLED
     * for a new supervisor, PIN_CHANGED for a new PIN); when the journal cannot take it, the file is put back.
     */
    public synchronized void enroll(String id, String name, char[] pin) throws IOException, SecurityLogException {
        if (!Operator.validId(id)) {
            throw new IllegalArgumentException("A supervisor id is 1-32 letters, digits, dots, dashes or underscores.");
        }
        if (!wellFormedPin(pin)) {
            throw new IllegalArgumentException("A PIN is 4 to 8 digits.");
        }
        Entry entry = new Entry(id.trim(), name == null || name.isBlank() ? id.trim() : name.trim(), hasher.hash(pin));
        Entry before = entries.put(key(id), entry);
        try {
            save();
            log().record(SecurityEvent.of(before == null ? SecurityEvent.Kind.PIN_ENROLLED : SecurityEvent.Kind.PIN_CHANGED,
                    entry.id(), "", entry.name()));
        } catch (IOException | SecurityLogException e) {
            if (before == null) {
                entries.remove(key(id));
            } else {
                entries.put(key(id), before);
            }
            if (e instanceof SecurityLogException) {
                save();
            }
            throw e;
        }
    }

    /** Where sign-ins, sign-outs, PIN checks and settings changes are journaled. */
    public SecurityLog log() {
        return lockout.log();
    }

    /**
     * Checks a supervisor's PIN for one action ({@code purpose}, e.g. "cancel ord-1"): wrong PINs count toward
     * the lock, and every attempt is journaled (who, the result and the purpose; never the PIN) before it is
     * answered. An attempt that cannot be journaled is refused ({@link PinCheck.Result#NOT_RECORDED}).
     */
    public PinCheck check(String id, char[] pin, String purpose) {
        String who = id == null ? "" : id.trim();
        try {
            return lockout.check(who, purpose == null ? "" : purpose, () -> {
                Optional<Entry> entry = find(who);
                if (entry.isEmpty()) {
                    return PinCheck.Result.UNKNOWN_SUPERVISOR;
                }
                return pin != null && hasher.matches(pin, entry.get().pinHash()) ? PinCheck.Result.OK
                        : PinCheck.Result.WRONG_PIN;
            });
        } catch (SecurityLogException e) {
            LOG.warn("A supervisor PIN check was refused because it could not be journaled: {}", e.getMessage());
            LOG.info("Why the PIN check could not be journaled", e);
            return PinCheck.notRecorded();
        }
    }

    private static String key(String id) {
        return id == null ? "" : id.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            List<Entry> list = json.readValue(file.toFile(), new TypeReference<List<Entry>>() { });
            list.stream().filter(e -> e != null && Operator.validId(e.id()) && e.pinHash() != null)
                    .forEach(e -> entries.put(key(e.id()), e));
        } catch (IOException e) {
            LOG.warn("Supervisor file {} could not be read; no supervisor is enrolled until it is fixed", file, e);
        }
    }

    private void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(tmp, json.writeValueAsBytes(new ArrayList<>(entries.values())));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Wipes a PIN buffer once it has been used. */
    public static void wipe(char[] pin) {
        if (pin != null) {
            Arrays.fill(pin, '\0');
        }
    }
}
