package com.loungedesk.ui.scan;

import com.loungedesk.scan.classify.BoardingPassLeg;
import com.loungedesk.scan.classify.DragonPassId;
import com.loungedesk.scan.classify.MalformedBoardingPass;
import com.loungedesk.scan.classify.OctoReference;
import com.loungedesk.scan.classify.PayloadClassifier;
import com.loungedesk.scan.classify.ScanPayload;
import com.loungedesk.scan.classify.UnknownPayload;
import com.loungedesk.scan.classify.WrappedReference;
import com.loungedesk.scan.wedge.LayoutCalibration;
import com.loungedesk.ui.port.BoardingPass;
import java.time.LocalDate;

/**
 * Where a scanned or typed text goes, whatever its source: a pass reference to look up (a URL that
 * wraps one is unwrapped), a boarding pass to put beside the booking, or a notice for the desk (a
 * boarding pass that cannot be read, the keyboard-layout calibration code).
 */
public final class ScanRouting {

    /** What to do with a scan. */
    public sealed interface Route {
    }

    public record Lookup(String reference) implements Route {
    }

    public record Boarding(BoardingPass pass) implements Route {
    }

    public record Notice(String message) implements Route {
    }

    private final PayloadClassifier classifier = new PayloadClassifier();

    public Route route(String text, LocalDate today) {
        var calibration = LayoutCalibration.check(text);
        if (calibration.isPresent()) {
            return new Notice(calibration.get().message());
        }
        ScanPayload payload = classifier.classify(text);
        if (payload instanceof OctoReference r) {
            return new Lookup(r.reference());
        } else if (payload instanceof WrappedReference w) {
            return new Lookup(w.reference());
        } else if (payload instanceof DragonPassId id) {
            return new Lookup(id.passId());
        } else if (payload instanceof com.loungedesk.scan.classify.BoardingPass bp) {
            return new Boarding(boardingPass(bp, today));
        } else if (payload instanceof MalformedBoardingPass bad) {
            return new Notice("This looks like a boarding pass but cannot be read: " + bad.reason());
        } else if (payload instanceof UnknownPayload unknown) {
            return new Lookup(unknown.raw());
        }
        throw new IllegalStateException("unhandled payload " + payload.getClass());
    }

    static BoardingPass boardingPass(com.loungedesk.scan.classify.BoardingPass bp, LocalDate today) {
        BoardingPassLeg leg = bp.firstLeg();
        return new BoardingPass(bp.passengerName(), leg.carrier() + " " + leg.flightNumber(), leg.from(), leg.to(),
                dateOfFlight(leg.julianDate(), today), leg.seat());
    }

    /** The day-of-year of a boarding pass as the date nearest to today (the year is not in the pass). */
    static LocalDate dateOfFlight(int dayOfYear, LocalDate today) {
        LocalDate best = null;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            if (dayOfYear < 1 || dayOfYear > LocalDate.of(year, 1, 1).lengthOfYear()) {
                continue;
            }
            LocalDate d = LocalDate.ofYearDay(year, dayOfYear);
            if (best == null || Math.abs(d.toEpochDay() - today.toEpochDay())
                    < Math.abs(best.toEpochDay() - today.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }
}
