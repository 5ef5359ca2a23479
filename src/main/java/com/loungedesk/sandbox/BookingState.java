package com.loungedesk.sandbox;

/**
 * What a booking is right now, derived from its pass, its stored row and (for a prebooking) its
 * order: the OCTO status and, when it cannot be redeemed, why.
 */
record BookingState(String status, String reasonCode, String reason) {

    static BookingState of(PassRow pass, BookingRow booking, Integer prebookingStatus, long now) {
        if (pass.kind() == PassRow.PassKind.PREBOOKING) {
            return prebooking(prebookingStatus == null ? OrderRow.PENDING : prebookingStatus, pass, now);
        }
        if ("REDEEMED".equals(booking.status())) {
            return refused("REDEEMED", "ALREADY_REDEEMED", "This booking has already been redeemed.");
        }
        if (pass.expiredAt(now)) {
            return refused("EXPIRED", "EXPIRED", "This pass expired on " + Timestamps.iso(pass.validUntil()) + ".");
        }
        if (pass.kind() == PassRow.PassKind.EPASS && pass.entitlementsLeft() != null && pass.entitlementsLeft() <= 0) {
            return refused("REDEEMED", "NO_ENTITLEMENTS_LEFT", "This pass has no visits left.");
        }
        return new BookingState("CONFIRMED", null, null);
    }

    private static BookingState prebooking(int orderStatus, PassRow pass, long now) {
        switch (orderStatus) {
            case OrderRow.USED:
                return refused("REDEEMED", "ALREADY_REDEEMED", "This prebooking has already been used.");
            case OrderRow.CANCELLED:
                return refused("CANCELLED", "CANCELLED", "This prebooking was cancelled.");
            case OrderRow.FAILED:
                return refused("REJECTED", "FAILED", "This prebooking could not be confirmed (failed).");
            case OrderRow.PENDING:
                return refused("PENDING", "PENDING_CONFIRMATION", "This prebooking is not confirmed yet.");
            default:
                if (pass.expiredAt(now)) {
                    return refused("EXPIRED", "EXPIRED", "This prebooking expired.");
                }
                return new BookingState("CONFIRMED", null, null);
        }
    }

    private static BookingState refused(String status, String code, String reason) {
        return new BookingState(status, code, reason);
    }

    boolean redeemable() {
        return reasonCode == null;
    }

    /** The refusal a redeem of this booking gets. */
    ApiError refusal() {
        boolean used = "ALREADY_REDEEMED".equals(reasonCode) || "NO_ENTITLEMENTS_LEFT".equals(reasonCode);
        return new ApiError(used ? ErrorKind.ALREADY_REDEEMED : ErrorKind.UNPROCESSABLE_ENTITY, reason);
    }
}
