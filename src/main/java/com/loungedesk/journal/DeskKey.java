package com.loungedesk.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The desk's secret for the journal's HMAC-SHA256 chain: 32 random bytes in an owner-only file in the
 * config folder, never in the journal's folder. Made once, on the first use of a new journal; a journal
 * that already has sealed entries and finds no key reports it instead of making a new one.
 */
final class DeskKey {

    static final String FILE_NAME = "journal.key";
    private static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private DeskKey(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    static Path file(Path keyDir) {
        return keyDir.resolve(FILE_NAME);
    }

    /** The key in {@code keyDir}, or empty when there is none. */
    static Optional<DeskKey> read(Path keyDir) throws JournalException {
        Path file = file(keyDir);
        try {
            byte[] secret = Files.readAllBytes(file);
            if (secret.length != BYTES) {
                throw new JournalException("The desk's journal key " + file + " is damaged (" + secret.length
                        + " bytes instead of " + BYTES + ").", null);
            }
            return Optional.of(new DeskKey(secret));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new JournalException("The desk's journal key " + file + " could not be read ("
                    + Journal.reason(e) + ").", e);
        }
    }

    /** Makes the key (or reads the one another process made a moment before). */
    static DeskKey create(Path keyDir) throws JournalException {
        Path file = file(keyDir);
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        try {
            if (OwnerOnlyFiles.createNew(file, secret)) {
                return new DeskKey(secret);
            }
        } catch (IOException e) {
            throw new JournalException("The desk's journal key " + file + " could not be made ("
                    + Journal.reason(e) + ").", e);
        }
        return read(keyDir).orElseThrow(() -> new JournalException("The desk's journal key " + file
                + " vanished while it was made.", null));
    }

    /** HMAC-SHA256 of {@code fields}, each length-prefixed so that no text can move from one field to the next. */
    String mac(String... fields) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (String f : fields) {
                byte[] b = (f == null ? "" : f).getBytes(StandardCharsets.UTF_8);
                mac.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8),
                        (byte) b.length});
                mac.update(b);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }
}
