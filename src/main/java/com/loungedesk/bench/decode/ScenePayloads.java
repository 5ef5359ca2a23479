package com.loungedesk.bench.decode;

import java.util.Random;

/** Realistic pass payloads for generated scenes: OCTO references, pass URLs, DragonPass ids, BCBP. */
final class ScenePayloads {
    private static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String[] AIRPORTS = {"LHR", "CDG", "FRA", "AMS", "JFK", "SIN", "DXB", "HKG", "YUL", "MAD"};
    private static final String[] CARRIERS = {"BA ", "AF ", "LH ", "KL ", "AC ", "SQ ", "EK ", "CX "};
    private static final String[] NAMES = {"DESMARAIS/LUC", "SMITH/JANE MRS", "OKAFOR/CHIDI", "NGUYEN/AN",
        "GARCIA LOPEZ/MARIA", "MUELLER/HANS", "TANAKA/YUKI", "O'BRIEN/SEAN"};

    private ScenePayloads() {
    }

    static String octoReference(Random random) {
        return random(random, 3) + random.nextInt(10) + random(random, 5);
    }

    static String passUrl(Random random) {
        return random.nextBoolean()
                ? "https://passes.loungedesk.example/r/" + octoReference(random)
                : "https://book.example.com/redeem?lang=en&reference=" + octoReference(random);
    }

    static String dragonPassId(Random random) {
        StringBuilder id = new StringBuilder("8");
        while (id.length() < 16) {
            id.append(random.nextInt(10));
        }
        return id.toString();
    }

    /** A well-formed one-leg IATA BCBP (Resolution 792, format M) with no conditional items. */
    static String boardingPass(Random random) {
        String from = AIRPORTS[random.nextInt(AIRPORTS.length)];
        String to = AIRPORTS[(java.util.Arrays.asList(AIRPORTS).indexOf(from) + 1 + random.nextInt(AIRPORTS.length - 1))
                % AIRPORTS.length];
        return "M1" + pad(NAMES[random.nextInt(NAMES.length)], 20) + "E" + pad(random(random, 6), 7)
                + from + to + CARRIERS[random.nextInt(CARRIERS.length)]
                + String.format("%04d ", 1 + random.nextInt(9998))
                + String.format("%03d", 1 + random.nextInt(365))
                + "JCYM".charAt(random.nextInt(4))
                + String.format("%03d%c", 1 + random.nextInt(60), "ABCDEF".charAt(random.nextInt(6)))
                + String.format("%04d ", 1 + random.nextInt(300)) + "1" + "00";
    }

    private static String random(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return s.toString();
    }

    private static String pad(String s, int width) {
        return String.format("%-" + width + "s", s);
    }
}
