package com.loungedesk.redemption;

import java.time.Instant;
import java.util.Map;

/**
 * One booking behind a scanned code, as the desk shows it.
 *
 * @param redemptionCode     the code to redeem this booking with
 * @param bookingId          the provider's booking id
 * @param holderName         the guest's name, or empty
 * @param productName        what was bought (lounge, fast track...)
 * @param units              a short English summary of the unit items, e.g. "1 Adult"
 * @param status             the booking status
 * @param redeemable         whether the backend says it can be redeemed now
 * @param unredeemableReason why not, when not redeemable (the backend's sentence), else empty
 * @param entitlementsLeft   visits left on an e-pass / membership, or null for a single booking
 * @param guestsAllowed      guests the pass admits besides the holder (0 when none)
 * @param usedAt             when it was last used, or null
 * @param usedWhere          where it was last used (lounge / desk), or empty
 * @param people             people per unit type ({@code unitId} upper-cased, e.g. ADULT=1), in the order given
 * @param reasonCode         the backend's {@code unredeemableReasonCode} (EXPIRED...), or empty
 * @param validUntil         when the pass stops being valid, or null when not known
 */
public record PassBooking(String redemptionCode, String bookingId, String holderName, String productName,
                          String units, BookingStatus status, boolean redeemable, String unredeemableReason,
                          Integer entitlementsLeft, int guestsAllowed, Instant usedAt, String usedWhere,
                          Map<String, Integer> people, String reasonCode, Instant validUntil) {

    public PassBooking {
        people = people == null ? People.parse(units) : People.copyOf(people);
        reasonCode = reasonCode == null ? "" : reasonCode;
    }

    /** A booking known only by its English unit summary (people are read from {@code units}). */
    public PassBooking(String redemptionCode, String bookingId, String holderName, String productName,
                       String units, BookingStatus status, boolean redeemable, String unredeemableReason,
                       Integer entitlementsLeft, int guestsAllowed, Instant usedAt, String usedWhere) {
        this(redemptionCode, bookingId, holderName, productName, units, status, redeemable, unredeemableReason,
                entitlementsLeft, guestsAllowed, usedAt, usedWhere, null, "", null);
    }
}
