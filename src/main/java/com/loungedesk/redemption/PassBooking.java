package com.loungedesk.redemption;

import java.time.Instant;

/**
 * One booking behind a scanned code, as the desk shows it.
 *
 * @param redemptionCode     the code to redeem this booking with
 * @param bookingId          the provider's booking id
 * @param holderName         the guest's name, or empty
 * @param productName        what was bought (lounge, fast track...)
 * @param units              a short summary of the unit items, e.g. "1 Adult"
 * @param status             the booking status
 * @param redeemable         whether the backend says it can be redeemed now
 * @param unredeemableReason why not, when not redeemable (a sentence), else empty
 * @param entitlementsLeft   visits left on an e-pass / membership, or null for a single booking
 * @param guestsAllowed      guests the pass admits besides the holder (0 when none)
 * @param usedAt             when it was last used, or null
 * @param usedWhere          where it was last used (lounge / desk), or empty
 */
public record PassBooking(String redemptionCode, String bookingId, String holderName, String productName,
                          String units, BookingStatus status, boolean redeemable, String unredeemableReason,
                          Integer entitlementsLeft, int guestsAllowed, Instant usedAt, String usedWhere) {
}
