package com.loungedesk.api;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** OCTO booking / unit status as sent; anything else reads as UNKNOWN. */
public enum OctoStatus {
    ON_HOLD, CONFIRMED, EXPIRED, CANCELLED, REDEEMED, PENDING, REJECTED,
    @JsonEnumDefaultValue UNKNOWN
}
