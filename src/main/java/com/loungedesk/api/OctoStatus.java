package com.loungedesk.api;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** OCTO booking / unit status as published; anything else reads as UNKNOWN. */
public enum OctoStatus {
    ON_HOLD, CONFIRMED, EXPIRED, CANCELLED, REDEEMED, PENDING, REJECTED,
    @JsonEnumDefaultValue UNKNOWN;

    /** The published value spelt exactly {@code text}, or UNKNOWN (UNKNOWN itself is never a sent value). */
    public static OctoStatus parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        for (OctoStatus s : values()) {
            if (s != UNKNOWN && s.name().equals(text)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
