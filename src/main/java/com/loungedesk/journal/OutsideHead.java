package com.loungedesk.journal;

import com.loungedesk.util.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The journal's head kept outside the journal: how many entries it holds and the last entry's MAC,
 * sealed with the desk key, in an owner-only file beside the key (one per journal, named after the
 * journal's folder). A journal cut short, wiped or dropped no longer matches it, and no one without
 * the key can move it back.
 */
final class OutsideHead {

    /**
     * @param entries    entries the journal held when the head was written
     * @param lastMac    the MAC of entry {@code entries} (zeros for none)
     * @param sealedFrom the first entry sealed with the desk key (entries before it carry a plain SHA-256
     *                   chain from before the key; they are sealed by the MAC of entry {@code sealedFrom})
     */
    record Head(long entries, String lastMac, long sealedFrom) {
    }

    private static final String TITLE = "LoungeDesk journal head: do not edit (sealed with the desk key)";
    private final Path file;
    private final Path journalFile;

    OutsideHead(Path keyDir, Path journalFile) {
        this.journalFile = journalFile;
        String id = Sha256.hex(journalFile.toString()).substring(0, 16);
        this.file = keyDir.resolve("journal-head-" + id + ".txt");
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** The head, or empty when there is none; a head the key did not seal is refused. */
    Optional<Head> read(DeskKey key) throws JournalException {
        Map<String, String> v = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    v.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new JournalException("The journal's outside head " + file + " could not be read ("
                    + Journal.reason(e) + ").", e);
        }
        try {
            Head h = new Head(Long.parseLong(v.get("entries")), v.get("last"), Long.parseLong(v.get("sealed_from")));
            if (h.lastMac() != null && seal(key, h).equals(v.get("mac"))) {
                return Optional.of(h);
            }
        } catch (NumberFormatException damaged) {
            // falls through to the refusal below
        }
        throw new JournalException("The journal's outside head " + file + " was edited or damaged.", null);
    }

    void write(DeskKey key, Head h) throws JournalException {
        String text = TITLE + "\njournal=" + journalFile + "\nentries=" + h.entries() + "\nlast=" + h.lastMac()
                + "\nsealed_from=" + h.sealedFrom() + "\nmac=" + seal(key, h) + "\n";
        try {
            OwnerOnlyFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new JournalException("The journal's outside head " + file + " could not be written ("
                    + Journal.reason(e) + ").", e);
        }
    }

    private static String seal(DeskKey key, Head h) {
        return key.mac("loungedesk-journal-head-v1", String.valueOf(h.entries()), h.lastMac(),
                String.valueOf(h.sealedFrom()));
    }
}
