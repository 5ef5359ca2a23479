package com.loungedesk.api;

import java.util.List;

/**
 * The backend capability to find and redeem passes: which supplier key owns a code, the bookings
 * behind it, redeeming some of them, and server-side validation where the backend type defines it.
 * One implementation per backend type; the desk's use cases only see this.
 */
public interface PassRedemption {

    /** Which of the keys owns the reference, or null when none does. */
    String credentials(String reference, List<String> apiKeys) throws ApiException;

    /** The bookings behind a reference; empty when the supplier does not know it. */
    List<LookupItem> lookup(String apiKey, String reference) throws ApiException;

    /**
     * Redeems the request's codes once, however often it is sent: a resend after a lost answer never
     * redeems twice and is answered as the first send would have been.
     */
    Redeemed redeem(String apiKey, RedeemRequest request) throws ApiException;

    /** Server-side validation of one code (redeems it when valid); only where {@link #offersValidate()}. */
    Validated validate(String apiKey, RedeemRequest request) throws ApiException;

    /** Whether this backend admits guests beyond the booking's own party (a pass's {@code guestsAllowed}). */
    boolean admitsGuests();

    /** Whether this backend defines a validate answer the desk can read. */
    boolean offersValidate();

    /**
     * A redeem's outcome.
     *
     * @param bookings          the bookings as they now are
     * @param orderId           the usage order it made, or the booking's uuid where orders are bookings
     * @param confirmedByLookup true when the answer was lost and a lookup showed the redemption was ours
     */
    record Redeemed(List<LookupItem> bookings, String orderId, boolean confirmedByLookup) {
        public Redeemed {
            bookings = List.copyOf(bookings);
        }
    }

    /**
     * A validation's outcome.
     *
     * @param valid      let the guest in
     * @param reason     why not, a sentence (empty when valid)
     * @param reasonCode the backend's code for why not, or empty
     * @param booking    the booking as it now is, or null
     * @param orderId    the usage order it made, or null
     */
    record Validated(boolean valid, String reason, String reasonCode, LookupItem booking, String orderId) {
    }
}
