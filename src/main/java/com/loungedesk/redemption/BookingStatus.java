package com.loungedesk.redemption;

/** OCTO booking status; anything the console does not know is UNKNOWN and never redeemable. */
public enum BookingStatus {
    ON_HOLD, CONFIRMED, EXPIRED, CANCELLED, REDEEMED, PENDING, REJECTED, UNKNOWN
}
