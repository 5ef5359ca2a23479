package com.loungedesk.bench.decode;

import com.google.zxing.BarcodeFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The project's own scene corpus, generated deterministically from a seed by main code (so the
 * benchmark can build it on a fresh machine from the jar): passes on phone screens and paper at
 * 1280x720 with tilt, perspective, blur, glare, noise, low contrast and dark mode, plus empty frames.
 */
public final class SceneCorpus {
    public static final long DEFAULT_SEED = 20_261_123L;
    private static final BarcodeFormat[] MIX = {BarcodeFormat.QR_CODE, BarcodeFormat.QR_CODE, BarcodeFormat.QR_CODE,
        BarcodeFormat.QR_CODE, BarcodeFormat.QR_CODE, BarcodeFormat.QR_CODE, BarcodeFormat.PDF_417,
        BarcodeFormat.AZTEC, BarcodeFormat.DATA_MATRIX, BarcodeFormat.CODE_128};

    private SceneCorpus() {
    }

    /** {@code codedScenes} frames holding a code (60% QR) plus one empty frame for every eight. */
    public static List<Scene> generate(int codedScenes, long seed) {
        if (codedScenes < 1) {
            throw new IllegalArgumentException("the corpus needs at least one scene, asked for " + codedScenes);
        }
        Random random = new Random(seed);
        List<SceneSpec> specs = new ArrayList<>();
        for (int i = 0; i < codedScenes; i++) {
            BarcodeFormat format = MIX[i % MIX.length];
            specs.add(coded(format, payload(format, random), random));
        }
        for (int i = 0; i < Math.max(1, codedScenes / 8); i++) {
            specs.add(empty(random));
        }
        // every spec carries its own seed, so rendering them on all cores gives the same frames
        return IntStream.range(0, specs.size()).parallel().mapToObj(i -> scene(i, specs.get(i))).toList();
    }

    private static Scene scene(int index, SceneSpec spec) {
        String kind = spec.format() == null ? "EMPTY" : spec.format().name();
        return new Scene(name(index, kind, spec.phone()), SceneRenderer.render(spec), spec.format(), spec.payload(),
                spec.describe());
    }

    private static String name(int index, String kind, boolean phone) {
        return String.format(Locale.ROOT, "%03d-%s-%s", index, kind.toLowerCase(Locale.ROOT).replace("_", ""),
                phone ? "phone" : "paper");
    }

    static String payload(BarcodeFormat format, Random random) {
        int pick = random.nextInt(4);
        return switch (format) {
            case QR_CODE -> pick == 0 ? ScenePayloads.octoReference(random) : pick == 1 ? ScenePayloads.passUrl(random)
                    : pick == 2 ? ScenePayloads.dragonPassId(random) : ScenePayloads.boardingPass(random);
            case PDF_417 -> ScenePayloads.boardingPass(random);
            case AZTEC -> pick < 2 ? ScenePayloads.boardingPass(random) : ScenePayloads.octoReference(random);
            default -> pick < 2 ? ScenePayloads.octoReference(random) : ScenePayloads.dragonPassId(random);
        };
    }

    private static SceneSpec coded(BarcodeFormat format, String payload, Random random) {
        boolean twoD = format == BarcodeFormat.QR_CODE || format == BarcodeFormat.AZTEC
                || format == BarcodeFormat.DATA_MATRIX;
        boolean phone = random.nextDouble() < 0.6;
        boolean inverted = phone && twoD && random.nextDouble() < 0.15;
        double codeWidth = twoD ? between(random, 150, 480) : between(random, 380, 760);
        int modules = CodeArtwork.matrix(format, payload).getWidth();
        double module = Math.max(1.2, codeWidth / modules);
        return new SceneSpec(format, payload, phone, inverted, module, between(random, -20, 20),
                between(random, -0.2, 0.2), between(random, -0.2, 0.2), between(random, 0.35, 0.65),
                between(random, 0.38, 0.62), blur(random), glare(random), contrast(random),
                between(random, 2, 16), random.nextLong());
    }

    private static SceneSpec empty(Random random) {
        return new SceneSpec(null, null, random.nextBoolean(), false, 0, between(random, -20, 20),
                between(random, -0.2, 0.2), between(random, -0.2, 0.2), between(random, 0.35, 0.65),
                between(random, 0.38, 0.62), blur(random), glare(random), contrast(random),
                between(random, 2, 16), random.nextLong());
    }

    private static int blur(Random random) {
        double r = random.nextDouble();
        return r < 0.4 ? 0 : r < 0.75 ? 1 : r < 0.95 ? 2 : 3;
    }

    private static double glare(Random random) {
        return random.nextDouble() < 0.6 ? 0 : between(random, 0.3, 0.85);
    }

    private static double contrast(Random random) {
        return random.nextDouble() < 0.5 ? 1 : between(random, 0.35, 0.9);
    }

    private static double between(Random random, double low, double high) {
        return low + random.nextDouble() * (high - low);
    }
}
