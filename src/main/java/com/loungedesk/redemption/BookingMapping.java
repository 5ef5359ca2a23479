package com.loungedesk.redemption;

import com.loungedesk.api.LookupItem;

/** Turns the wire's bookings into what the desk shows, and reason codes into verdict kinds. */
final class BookingMapping {
    private BookingMapping() {
    }

    static PassBooking toPassBooking(LookupItem i) {
        LookupItem.PassInfo pass = i.pass();
        BookingStatus status = BookingStatus.valueOf(i.status().name());
        String reason = i.canRedeem() ? "" : i.unredeemableReason() != null && !i.unredeemableReason().isBlank()
                ? i.unredeemableReason() : status == BookingStatus.UNKNOWN
                ? "The booking has a status this desk does not know; it cannot be redeemed here."
                : "The backend says this booking cannot be redeemed now (" + status + ").";
        return new PassBooking(i.redemptionCode(), i.id(), i.contact() == null || i.contact().fullName() == null ? ""
                : i.contact().fullName(), i.product() == null || i.product().internalName() == null ? ""
                : i.product().internalName(), units(i), status, i.canRedeem(), reason,
                pass == null ? null : pass.entitlementsLeft(), pass == null ? 0 : Math.max(0, pass.guestsAllowed()),
                pass != null && pass.lastUsedAt() != null ? pass.lastUsedAt() : i.utcRedeemedAt(),
                pass == null || pass.lastUsedWhere() == null ? "" : pass.lastUsedWhere(), people(i),
                i.canRedeem() || i.unredeemableReasonCode() == null ? "" : i.unredeemableReasonCode(),
                pass == null ? null : pass.validUntil());
    }

    static java.util.Map<String, Integer> people(LookupItem i) {
        return People.ofUnitIds(i.unitItems().stream().map(LookupItem.UnitItem::unitId).toList());
    }

    /** "1 Adult, 2 Children" from the unit items. */
    static String units(LookupItem i) {
        return People.english(people(i));
    }

    /** The verdict kind for a booking the desk will not send (not redeemable per lookup). */
    static VerdictKind kindOfUnredeemable(PassBooking b) {
        if (b.status() == BookingStatus.REDEEMED || (b.entitlementsLeft() != null && b.entitlementsLeft() <= 0)) {
            return VerdictKind.ALREADY_USED;
        }
        return VerdictKind.NOT_REDEEMABLE;
    }

    /** The verdict kind for a backend refusal code (OCTO error or validate reason code). */
    static VerdictKind kindOfRefusal(String code) {
        return switch (code) {
            case "ALREADY_REDEEMED", "NO_ENTITLEMENTS_LEFT" -> VerdictKind.ALREADY_USED;
            case "INVALID_REDEMPTION_CODE" -> VerdictKind.UNKNOWN_PASS;
            case "UNPROCESSABLE_ENTITY", "NOT_CANCELLABLE", "40901", "EXPIRED", "CANCELLED", "PENDING_CONFIRMATION",
                 "FAILED" -> VerdictKind.NOT_REDEEMABLE;
            default -> VerdictKind.ERROR;
        };
    }
}
