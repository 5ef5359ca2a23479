package com.loungedesk.scan.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the mandatory items of an IATA bar-coded boarding pass (Resolution 792, format M): 23
 * characters of header, then per leg 35 mandatory characters plus a 2-digit hex size of that leg's
 * conditional / airline data, which is skipped. Anything off is reported with its reason.
 */
final class BcbpParser {
    static final int HEADER = 23;
    static final int LEG = 35;
    private static final Pattern AIRPORT = Pattern.compile("[A-Z]{3}");
    private static final Pattern CARRIER = Pattern.compile("[A-Z0-9]{2,3}");
    private static final Pattern FLIGHT = Pattern.compile("\\d{1,4}[A-Z]?");
    private static final Pattern PNR = Pattern.compile("[A-Z0-9]{1,7}");
    private static final Pattern SEAT = Pattern.compile("[A-Z0-9]{0,4}");
    private static final Pattern SEQUENCE = Pattern.compile("[A-Z0-9]{0,5}");

    private BcbpParser() {
    }

    /** True when the text claims to be a BCBP: format code M, a leg count digit, and BCBP length or a name. */
    static boolean looksLikeBcbp(String text) {
        return text.length() >= 2 && text.charAt(0) == 'M' && Character.isDigit(text.charAt(1))
                && (text.length() >= HEADER + LEG || text.substring(2, Math.min(text.length(), 22)).contains("/"));
    }

    static ScanPayload parse(String raw) {
        try {
            return parseOrThrow(raw);
        } catch (Malformed m) {
            return new MalformedBoardingPass(raw, m.getMessage());
        }
    }

    private static BoardingPass parseOrThrow(String raw) throws Malformed {
        int legs = raw.charAt(1) - '0';
        if (legs < 1 || legs > 4) {
            throw new Malformed("number of legs must be 1 to 4, was " + raw.charAt(1));
        }
        if (raw.length() < HEADER + LEG + 2) {
            throw new Malformed("too short: " + raw.length() + " characters, a one-leg pass needs " + (HEADER + LEG + 2));
        }
        String name = raw.substring(2, 22).strip();
        if (name.isEmpty()) {
            throw new Malformed("passenger name is blank");
        }
        char ticket = raw.charAt(22);
        List<BoardingPassLeg> parsed = new ArrayList<>();
        int at = HEADER;
        for (int i = 1; i <= legs; i++) {
            if (raw.length() < at + LEG + 2) {
                throw new Malformed("says " + legs + " legs but leg " + i + " is cut short at character " + raw.length());
            }
            parsed.add(leg(raw.substring(at, at + LEG), i));
            String size = raw.substring(at + LEG, at + LEG + 2);
            if (!size.matches("[0-9A-Fa-f]{2}")) {
                throw new Malformed("leg " + i + ": field size '" + size + "' is not two hex digits");
            }
            at += LEG + 2 + Integer.parseInt(size, 16);
            if (at > raw.length()) {
                throw new Malformed("leg " + i + ": field size 0x" + size + " runs past the end of the data");
            }
        }
        return new BoardingPass(name, ticket == 'E', parsed, raw);
    }

    private static BoardingPassLeg leg(String s, int n) throws Malformed {
        String pnr = check(s.substring(0, 7).strip(), PNR, n, "booking reference (PNR)");
        String from = check(s.substring(7, 10), AIRPORT, n, "departure airport");
        String to = check(s.substring(10, 13), AIRPORT, n, "arrival airport");
        String carrier = check(s.substring(13, 16).strip(), CARRIER, n, "carrier");
        String flight = check(s.substring(16, 21).strip(), FLIGHT, n, "flight number");
        String date = s.substring(21, 24);
        if (!date.matches("\\d{3}") || Integer.parseInt(date) < 1 || Integer.parseInt(date) > 366) {
            throw new Malformed("leg " + n + ": date of flight '" + date + "' is not a day of the year 001-366");
        }
        char compartment = s.charAt(24);
        if (compartment < 'A' || compartment > 'Z') {
            throw new Malformed("leg " + n + ": compartment code '" + compartment + "' is not a letter");
        }
        String seat = check(s.substring(25, 29).strip(), SEAT, n, "seat number");
        String sequence = check(s.substring(29, 34).strip(), SEQUENCE, n, "check-in sequence number");
        return new BoardingPassLeg(pnr, from, to, carrier, flight, Integer.parseInt(date), compartment, seat, sequence,
                s.charAt(34));
    }

    private static String check(String value, Pattern pattern, int leg, String field) throws Malformed {
        if (!pattern.matcher(value).matches()) {
            throw new Malformed("leg " + leg + ": " + field + " '" + SafeText.escape(value) + "' is not valid");
        }
        return value;
    }

    private static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
