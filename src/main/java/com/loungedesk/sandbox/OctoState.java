package com.loungedesk.sandbox;

/**
 * Whether a plain OCTO booking, or one of its unit items, can be redeemed now, and if not why: only a
 * CONFIRMED booking redeems, and only the unit items not yet redeemed. Every other status (ON_HOLD,
 * PENDING, EXPIRED, CANCELLED, REJECTED, and statuses some suppliers add, such as NOSHOW) is refused
 * with the status as its reason code.
 */
record OctoState(String reasonCode, String reason) {

    static final String ALREADY_REDEEMED = "ALREADY_REDEEMED";

    static OctoState of(OctoBookingRow b, OctoBookingRow.Unit unit) {
        if (OctoBookingRow.REDEEMED.equals(b.status()) || OctoBookingRow.CONFIRMED.equals(b.status())) {
            if (unit != null && unit.redeemed()) {
                return new OctoState(ALREADY_REDEEMED, "This ticket (" + unit.unitId() + ") was already redeemed at "
                        + Timestamps.isoMillis(unit.redeemedAt()) + ".");
            }
            if (OctoBookingRow.REDEEMED.equals(b.status())) {
                return new OctoState(ALREADY_REDEEMED, "This booking was already redeemed at "
                        + Timestamps.isoMillisOrNull(b.redeemedAt()) + ".");
            }
            return new OctoState(null, null);
        }
        return new OctoState(b.status(), reason(b.status()));
    }

    private static String reason(String status) {
        switch (status) {
            case "CANCELLED": return "This booking was cancelled.";
            case "EXPIRED": return "This booking expired before it was confirmed.";
            case "ON_HOLD": return "This booking is on hold and not confirmed.";
            case "PENDING": return "This booking is waiting for the supplier's confirmation.";
            case "REJECTED": return "This booking was rejected by the supplier.";
            default: return "This booking's status is " + status + "; it cannot be redeemed.";
        }
    }

    boolean redeemable() {
        return reasonCode == null;
    }

    /** The refusal a redeem gets: OCTO's UNPROCESSABLE_ENTITY (a correct request that cannot be done now). */
    ApiError refusal() {
        return ApiError.unprocessable(reason);
    }
}
