package com.loungedesk.redemption;

import com.loungedesk.api.LookupItem;
import java.util.ArrayList;
import java.util.List;

/** Turns the wire's bookings into what the desk shows, and reason codes into verdict kinds. */
final class BookingMapping {
    private BookingMapping() {
    }

    /**
     * The rows staff choose from: one per booking, or, for a booking whose party (its unit items) each
     * carry their own code, one per person, so staff choose who enters as for a package.
     */
    static List<PassBooking> toPassBookings(List<LookupItem> items) {
        List<PassBooking> rows = new ArrayList<>();
        for (LookupItem i : items) {
            if (i.unitItems().size() > 1 && i.unitItems().stream().allMatch(u -> u.code() != null)) {
                PassBooking whole = toPassBooking(i);
                for (LookupItem.UnitItem u : i.unitItems()) {
                    rows.add(person(whole, i, u));
                }
            } else {
                rows.add(toPassBooking(i));
            }
        }
        return rows;
    }

    private static PassBooking person(PassBooking whole, LookupItem i, LookupItem.UnitItem u) {
        boolean used = u.used();
        boolean redeemable = whole.redeemable() && !used;
        String reason = redeemable ? "" : used ? "This person has already entered." : whole.unredeemableReason();
        return new PassBooking(u.code(), whole.bookingId(), whole.holderName(), whole.productName(),
                units(List.of(u)), used ? BookingStatus.REDEEMED : whole.status(), redeemable, reason, null, 0,
                used ? (u.utcRedeemedAt() != null ? u.utcRedeemedAt() : i.utcRedeemedAt()) : null, "",
                people(List.of(u)), redeemable ? "" : used ? "ALREADY_REDEEMED" : whole.reasonCode(), null);
    }

    static PassBooking toPassBooking(LookupItem i) {
        LookupItem.PassInfo pass = i.pass();
        BookingStatus status = i.used() && i.pass() == null ? BookingStatus.REDEEMED
                : BookingStatus.valueOf(i.octoStatus().name());
        String reason = i.canRedeem() ? "" : i.unredeemableReason() != null && !i.unredeemableReason().isBlank()
                ? i.unredeemableReason() : status == BookingStatus.UNKNOWN
                ? "This booking's status is " + i.status() + ": it cannot be redeemed here."
                : "The backend says this booking cannot be redeemed now (" + status + ").";
        return new PassBooking(i.redemptionCode(), i.id(), i.contact() == null || i.contact().fullName() == null ? ""
                : i.contact().fullName(), i.product() == null || i.product().internalName() == null ? ""
                : i.product().internalName(), units(i.unitItems()), status, i.canRedeem(), reason,
                pass == null ? null : pass.entitlementsLeft(), pass == null ? 0 : Math.max(0, pass.guestsAllowed()),
                pass != null && pass.lastUsedAt() != null ? pass.lastUsedAt() : i.utcRedeemedAt(),
                pass == null || pass.lastUsedWhere() == null ? "" : pass.lastUsedWhere(), people(i.unitItems()),
                i.canRedeem() || i.unredeemableReasonCode() == null ? "" : i.unredeemableReasonCode(),
                pass == null ? null : pass.validUntil());
    }

    static java.util.Map<String, Integer> people(List<LookupItem.UnitItem> items) {
        return People.ofUnitIds(items.stream().map(LookupItem.UnitItem::unitId).toList());
    }

    /** "1 Adult, 2 Children" from the unit items. */
    static String units(List<LookupItem.UnitItem> items) {
        return People.english(people(items));
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
            default -> code.startsWith("STATUS_") ? VerdictKind.NOT_REDEEMABLE : VerdictKind.ERROR;
        };
    }
}
