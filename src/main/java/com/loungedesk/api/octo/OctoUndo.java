package com.loungedesk.api.octo;

import com.loungedesk.api.ApiException;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OctoRedemptionClient;
import com.loungedesk.api.OrderDto;
import com.loungedesk.api.UsageUndo;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Undo on a plain OCTO supplier: un-redeem, {@code DELETE redemption/redeem {redemptionCode}}, for the
 * booking the desk named by uuid or by code. OCTO sets no window, so the desk's own window applies
 * (from the booking's redemption time), and no idempotency, so a resend first looks: a booking no
 * longer redeemed after an earlier send was undone by it.
 */
final class OctoUndo implements UsageUndo {

    private final OctoRedemptionClient octo;
    private final OctoBookingPoller bookings;
    private final BookingOrders orders;
    private final Clock clock;

    OctoUndo(OctoRedemptionClient octo, OctoBookingPoller bookings, BookingOrders orders, Clock clock) {
        this.octo = octo;
        this.bookings = bookings;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public OrderDto undo(String apiKey, Request request) throws ApiException {
        LookupItem booking = bookings.find(apiKey, request.orderId());
        if (!booking.anyUsed()) {
            if (request.mayHaveBeenSent()) {
                return orders.current(apiKey, booking); // an earlier send did it
            }
            throw new ApiException(ApiException.Kind.CONFLICT, "NOT_CANCELLABLE", 0,
                    "This booking is not redeemed: there is nothing to undo.");
        }
        Instant used = BookingOrders.redeemedAt(booking);
        if (used != null && clock.instant().isAfter(used.plus(orders.undoWindow()))) {
            throw new ApiException(ApiException.Kind.CONFLICT, "NOT_CANCELLABLE", 0, "Too late to undo: this desk "
                    + "allows " + orders.undoWindow().toMinutes() + " min after the redemption.");
        }
        String code = codeOf(booking, request.orderId());
        if (code == null) {
            throw new ApiException(ApiException.Kind.CONFLICT, "NOT_CANCELLABLE", 0,
                    "The supplier's booking carries no code to un-redeem it with.");
        }
        LookupItem after = octo.unredeem(apiKey, code, Map.of(), null);
        return orders.current(apiKey, after.uuid() == null ? booking : after);
    }

    /** The code to un-redeem with: the one given, when it is a code of this booking, else the booking's own. */
    private static String codeOf(LookupItem booking, String given) {
        if (given.equals(booking.redemptionCode()) || given.equals(booking.voucherCode())
                || booking.unitItems().stream().anyMatch(u -> given.equals(u.code()))) {
            return given;
        }
        if (booking.voucherCode() != null) {
            return booking.voucherCode();
        }
        return booking.supplierReference();
    }
}
