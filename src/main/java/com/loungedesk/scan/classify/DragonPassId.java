package com.loungedesk.scan.classify;

/** A DragonPass-style 16-digit pass (card) number. */
public record DragonPassId(String passId) implements ScanPayload {
    public DragonPassId {
        if (passId == null || !passId.matches("\\d{16}")) {
            throw new IllegalArgumentException("a DragonPass id is 16 digits");
        }
    }

    @Override
    public String raw() {
        return passId;
    }

    /** The number grouped by four, as printed on cards. */
    @Override
    public String display() {
        return passId.substring(0, 4) + " " + passId.substring(4, 8) + " " + passId.substring(8, 12) + " "
                + passId.substring(12);
    }
}
