package com.loungedesk.api.octo;

import com.loungedesk.api.ApiException;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OctoRedemptionClient;
import com.loungedesk.api.PassRedemption;
import com.loungedesk.api.RedeemRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Redemption on a plain OCTO supplier: {@code redemption/*} under the supplier's base URL, bodies with
 * nothing but {@code redemptionCode}, no Idempotency-Key (OCTO defines none). What the supplier's
 * answers leave open is settled by looking the booking up:
 * <ul>
 * <li>before a resend whose first answer was lost: redeemed at or after the first send means it was
 *     ours — answered as redeemed, "confirmed by lookup", never sent twice;</li>
 * <li>after a refusal whose code does not say why (UNPROCESSABLE_ENTITY, none): a used booking is
 *     ALREADY_REDEEMED; a status the desk does not know is named.</li>
 * </ul>
 * Validate is offered only when configured; its answer is read as a booking.
 */
final class OctoSupplierRedemption implements PassRedemption {

    /** How far the supplier's clock may run behind the desk's when deciding "redeemed since our first send". */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    private static final Set<String> SAYS_WHY = Set.of("ALREADY_REDEEMED", "INVALID_REDEMPTION_CODE",
            "INVALID_BOOKING_UUID", "UNAUTHORIZED", "FORBIDDEN", "BAD_REQUEST", "INTERNAL_SERVER_ERROR");

    private final OctoRedemptionClient octo;
    private final boolean validateConfigured;

    OctoSupplierRedemption(OctoRedemptionClient octo, boolean validateConfigured) {
        this.octo = octo;
        this.validateConfigured = validateConfigured;
    }

    @Override
    public String credentials(String reference, List<String> apiKeys) throws ApiException {
        return octo.credentials(reference, apiKeys);
    }

    @Override
    public List<LookupItem> lookup(String apiKey, String reference) throws ApiException {
        return octo.lookup(apiKey, reference);
    }

    @Override
    public Redeemed redeem(String apiKey, RedeemRequest request) throws ApiException {
        if (request.mayHaveBeenSent()) {
            List<LookupItem> now = lookup(apiKey, referenceOf(request));
            if (ours(now, request)) {
                return new Redeemed(chosen(now, request.codes()), uuidOf(now, request.codes()), true);
            }
        }
        try {
            List<LookupItem> items = octo.redeem(apiKey, request.codes(), Map.of(), null);
            return new Redeemed(items, items.get(0).uuid(), false);
        } catch (ApiException e) {
            if (e.mayRetry() || SAYS_WHY.contains(e.code())) {
                throw e;
            }
            List<LookupItem> now = lookup(apiKey, referenceOf(request));
            if (request.mayHaveBeenSent() && ours(now, request)) {
                return new Redeemed(chosen(now, request.codes()), uuidOf(now, request.codes()), true);
            }
            throw explained(e, now, request.codes());
        }
    }

    @Override
    public Validated validate(String apiKey, RedeemRequest request) throws ApiException {
        if (!validateConfigured) {
            throw new ApiException(ApiException.Kind.CONFIG, "", 0,
                    "This OCTO supplier's validate answer is not defined; use redeem mode, or turn validate on "
                            + "for this supplier in the settings.");
        }
        LookupItem booking = octo.convert(octo.validate(apiKey, request.codes().get(0), null), LookupItem.class);
        if (redeemedSince(booking, request.codes().get(0), request.firstSentAt())) {
            return new Validated(true, "", "", booking, booking.uuid());
        }
        ApiException why = explained(new ApiException(ApiException.Kind.REFUSED, "UNPROCESSABLE_ENTITY", 200,
                booking.unredeemableReason() != null ? booking.unredeemableReason()
                        : "The supplier did not redeem this booking."), List.of(booking), request.codes());
        return new Validated(false, why.getMessage(), why.code(), booking, null);
    }

    @Override
    public boolean admitsGuests() {
        return false;
    }

    @Override
    public boolean offersValidate() {
        return validateConfigured;
    }

    /** True when every chosen code's booking or unit item was redeemed at or after the first send. */
    private static boolean ours(List<LookupItem> now, RedeemRequest request) {
        for (String code : request.codes()) {
            LookupItem b = bookingOf(now, code);
            if (b == null || !redeemedSince(b, code, request.firstSentAt())) {
                return false;
            }
        }
        return true;
    }

    static boolean redeemedSince(LookupItem b, String code, Instant firstSentAt) {
        Instant after = firstSentAt.minus(CLOCK_SKEW);
        for (LookupItem.UnitItem u : b.unitItems()) {
            if (code.equals(u.code())) {
                Instant at = u.utcRedeemedAt() != null ? u.utcRedeemedAt() : b.utcRedeemedAt();
                return u.used() && at != null && !at.isBefore(after);
            }
        }
        Instant at = BookingOrders.redeemedAt(b);
        return b.used() && at != null && !at.isBefore(after);
    }

    /** The refusal with what the booking itself says: used (ALREADY_REDEEMED), or its unknown status named. */
    private static ApiException explained(ApiException e, List<LookupItem> bookings, List<String> codes) {
        List<LookupItem> chosen = chosen(bookings, codes);
        if (!chosen.isEmpty() && codes.stream().allMatch(c -> usedFor(bookingOf(bookings, c), c))) {
            return new ApiException(ApiException.Kind.REFUSED, "ALREADY_REDEEMED", e.httpStatus(),
                    "This booking was already used.", e);
        }
        for (LookupItem b : chosen) {
            if (BookingOrders.statusCode(b) == -1) {
                return new ApiException(ApiException.Kind.REFUSED, "STATUS_" + b.status(), e.httpStatus(),
                        "This booking's status is " + b.status() + ": it cannot be redeemed here.", e);
            }
        }
        return e;
    }

    private static String referenceOf(RedeemRequest request) {
        return request.reference() != null && !request.reference().isBlank() ? request.reference()
                : request.codes().get(0);
    }

    /** Whether what {@code code} redeems is used: its unit item for a ticket's code, else the whole booking. */
    private static boolean usedFor(LookupItem b, String code) {
        if (b == null) {
            return false;
        }
        for (LookupItem.UnitItem u : b.unitItems()) {
            if (code.equals(u.code())) {
                return u.used();
            }
        }
        return b.used();
    }

    static LookupItem bookingOf(List<LookupItem> bookings, String code) {
        for (LookupItem b : bookings) {
            if (code.equals(b.redemptionCode()) || code.equals(b.voucherCode())
                    || b.unitItems().stream().anyMatch(u -> code.equals(u.code()))) {
                return b;
            }
        }
        return null;
    }

    private static List<LookupItem> chosen(List<LookupItem> bookings, List<String> codes) {
        return codes.stream().map(c -> bookingOf(bookings, c)).filter(b -> b != null).distinct().toList();
    }

    private static String uuidOf(List<LookupItem> bookings, List<String> codes) {
        List<LookupItem> chosen = chosen(bookings, codes);
        return chosen.isEmpty() ? null : chosen.get(0).uuid();
    }
}
