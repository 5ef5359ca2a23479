package com.loungedesk.redemption;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** What the desk checks before it writes a redeem: chosen codes from the lookup, redeemable, guests in bounds. */
final class RedeemCheck {

    private RedeemCheck() {
    }

    /** Either a refusal verdict (nothing to send) or the chosen bookings. */
    record Result(Verdict refusal, List<PassBooking> chosen) {
    }

    static Result check(LookupOutcome lookup, List<String> codes, int guests, boolean validateMode) {
        if (lookup == null || !lookup.found()) {
            return no(VerdictKind.ERROR, "Look the pass up before redeeming it.");
        }
        if (codes == null || codes.isEmpty()) {
            return no(VerdictKind.ERROR, "Choose at least one booking to redeem.");
        }
        if (new HashSet<>(codes).size() != codes.size()) {
            return no(VerdictKind.ERROR, "A booking was chosen twice.");
        }
        List<PassBooking> chosen = new ArrayList<>();
        for (String code : codes) {
            PassBooking b = lookup.bookings().stream().filter(x -> code.equals(x.redemptionCode())).findFirst()
                    .orElse(null);
            if (b == null) {
                return no(VerdictKind.ERROR, "Booking " + code + " is not part of this pass.");
            }
            if (!b.redeemable()) {
                return new Result(new Verdict(BookingMapping.kindOfUnredeemable(b), b.unredeemableReason(),
                        List.of(b), null), List.of());
            }
            chosen.add(b);
        }
        if (guests < 0) {
            return no(VerdictKind.ERROR, "The number of guests cannot be negative.");
        }
        int allowed = chosen.stream().mapToInt(PassBooking::guestsAllowed).min().orElse(0);
        if (guests > allowed) {
            return new Result(new Verdict(VerdictKind.NOT_REDEEMABLE, allowed == 0 ? "This pass admits no guests."
                    : "This pass admits at most " + allowed + " guest" + (allowed == 1 ? "." : "s."), chosen, null),
                    List.of());
        }
        if (validateMode && guests > 0) {
            return no(VerdictKind.NOT_REDEEMABLE,
                    "Guests cannot be admitted in validate mode; switch the desk to redeem mode.");
        }
        return new Result(null, List.copyOf(chosen));
    }

    private static Result no(VerdictKind kind, String message) {
        return new Result(Verdict.of(kind, message), List.of());
    }
}
