package com.loungedesk.redemption;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** People counted by unit type ({@code unitId} upper-cased: ADULT, CHILD...), as bookings and verdicts carry them. */
public final class People {

    private People() {
    }

    /** Counts from the unit ids of one booking's unit items (blank ids count as OTHER). */
    public static Map<String, Integer> ofUnitIds(Collection<String> unitIds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : unitIds) {
            counts.merge(key(id), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Everyone over several bookings (a package redeemed together), by unit type. */
    public static Map<String, Integer> total(Collection<PassBooking> bookings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        bookings.forEach(b -> b.people().forEach((unit, n) -> counts.merge(unit, n, Integer::sum)));
        return Collections.unmodifiableMap(counts);
    }

    /** Reads an English summary such as "1 Adult, 2 Child" back into counts (empty when it is not one). */
    static Map<String, Integer> parse(String units) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (units == null) {
            return Map.of();
        }
        for (String part : units.split(",")) {
            String[] words = part.strip().split("\\s+", 2);
            if (words.length == 2 && words[0].matches("[0-9]{1,4}")) {
                counts.merge(singular(key(words[1])), Integer.parseInt(words[0]), Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    static Map<String, Integer> copyOf(Map<String, Integer> people) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(people));
    }

    /** "2 Adults, 1 Child": the English words the desk writes into logs, the CLI and journal entries. */
    public static String english(Map<String, Integer> people) {
        return people.entrySet().stream().map(e -> e.getValue() + " " + englishName(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String englishName(String unit, int n) {
        String word = unit.substring(0, 1) + unit.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return n == 1 || word.endsWith("s") ? word : word.equals("Child") ? "Children" : word + "s";
    }

    private static String key(String unitId) {
        return unitId == null || unitId.isBlank() ? "OTHER" : unitId.strip().toUpperCase(Locale.ROOT);
    }

    private static String singular(String word) {
        return word.equals("CHILDREN") ? "CHILD" : word.endsWith("S") && word.length() > 3 ? word.substring(0,
                word.length() - 1) : word;
    }
}
