package com.loungedesk.scan.classify;

import java.util.List;
import java.util.Objects;

/**
 * A parsed IATA bar-coded boarding pass (BCBP, format code M).
 *
 * @param passengerName   as printed, e.g. DESMARAIS/LUC
 * @param electronicTicket true when the electronic ticket indicator is E
 * @param legs            the flight legs, in order (their count is the number of legs encoded)
 * @param raw             the payload as read
 */
public record BoardingPass(String passengerName, boolean electronicTicket, List<BoardingPassLeg> legs, String raw)
        implements ScanPayload {
    public BoardingPass {
        Objects.requireNonNull(passengerName, "passengerName");
        legs = List.copyOf(legs);
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("a boarding pass has at least one leg");
        }
        Objects.requireNonNull(raw, "raw");
    }

    public int legCount() {
        return legs.size();
    }

    public BoardingPassLeg firstLeg() {
        return legs.get(0);
    }

    @Override
    public String display() {
        BoardingPassLeg leg = firstLeg();
        return SafeText.display(passengerName + " " + leg.carrier() + leg.flightNumber() + " " + leg.from() + "-"
                + leg.to() + " day " + leg.julianDate() + " seat " + leg.seat()
                + (legs.size() > 1 ? " (+" + (legs.size() - 1) + " more legs)" : ""));
    }
}
