package com.loungedesk.ui.picker;

import com.loungedesk.ui.port.BoardingPass;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares a boarding pass with a booking: flight date against today, passenger name against the holder. */
public final class BoardingPassCheck {

    /** What may be wrong with a boarding pass next to a booking. */
    public enum Warning { DATE_NOT_TODAY, NAME_MISMATCH }

    private static final Set<String> TITLES = Set.of("MR", "MRS", "MS", "MISS", "DR", "MSTR", "PROF", "SIR");

    private BoardingPassCheck() {
    }

    public static List<Warning> warnings(BoardingPass pass, String holderName, LocalDate today) {
        List<Warning> out = new ArrayList<>();
        if (pass.flightDate() == null || !pass.flightDate().equals(today)) {
            out.add(Warning.DATE_NOT_TODAY);
        }
        if (holderName != null && !holderName.isBlank() && !sameName(pass.passengerName(), holderName)) {
            out.add(Warning.NAME_MISMATCH);
        }
        return out;
    }

    /**
     * True when the pass's surname is one of the holder's names and its first given name (or initial)
     * matches another: "SMITH/JOHN MR" matches "John Smith" and "J. Smith", not "Jane Smith".
     */
    static boolean sameName(String passName, String holderName) {
        String[] halves = passName.split("/", 2);
        Set<String> holder = tokens(holderName);
        Set<String> surname = tokens(halves[0]);
        if (surname.isEmpty() || !holder.containsAll(surname)) {
            return false;
        }
        Set<String> given = halves.length > 1 ? tokens(halves[1]) : Set.of();
        if (given.isEmpty()) {
            return true;
        }
        String first = given.iterator().next();
        String joined = String.join("", holder.stream().filter(h -> !surname.contains(h)).toList());
        if (!joined.isEmpty() && (joined.equals(first) || joined.startsWith(first) && first.length() > 1)) {
            return true;
        }
        return holder.stream().filter(h -> !surname.contains(h))
                .anyMatch(h -> h.equals(first) || (h.length() == 1 || first.length() == 1) && h.charAt(0) == first.charAt(0));
    }

    private static Set<String> tokens(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}]+")).filter(t -> !t.isEmpty() && !TITLES.contains(t))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
