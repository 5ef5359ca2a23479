package com.loungedesk.redemption;

import com.loungedesk.api.LookupItem;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
                pass == null || pass.lastUsedWhere() == null ? "" : pass.lastUsedWhere());
    }

    /** "1 Adult, 2 Child" from the unit items. */
    static String units(LookupItem i) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LookupItem.UnitItem u : i.unitItems()) {
            String unit = u.unitId() == null || u.unitId().isBlank() ? "unit" : u.unitId();
            counts.merge(unit, 1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> e.getValue() + " " + capitalised(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
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
