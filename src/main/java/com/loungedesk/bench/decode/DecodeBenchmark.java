package com.loungedesk.bench.decode;

import com.loungedesk.scan.decode.DecodePass;
import com.loungedesk.scan.decode.DecodedCode;
import com.loungedesk.scan.decode.DecoderSettings;
import com.loungedesk.scan.decode.FrameDecoder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Our decoder and stock ZXing at its best ({@link BestStock}: the pass formats, TRY_HARDER, ALSO_INVERTED)
 * over the same frames in one run, interleaved scene by scene so a noisy machine slows both alike. Every
 * time includes turning the image into luminance, for both. Two ways of feeding frames:
 * <ul>
 * <li>{@link #still}: each frame decoded alone with every pass of ours (what {@code decode} does);</li>
 * <li>{@link #live}: a camera held on each scene for a few frames, ours with the live pass schedule
 * (QR_FAST every frame, the other passes spread over the frames, as {@code DecodePipeline} runs it);
 * a scene counts as read when any of its frames gives the right text. A scene's frames are one whole
 * schedule cycle, so ours' mean and p95 per frame are over whole cycles, empty scenes alike. Stock ZXing
 * reads identical frames identically, so its per-frame time and result are taken once per scene.</li>
 * </ul>
 */
public final class DecodeBenchmark {
    private final DecoderSettings settings;
    private final boolean stockAlsoInverted;

    /** @param stockAlsoInverted whether stock at its best also tries the inverted image (see {@link BestStock}) */
    public DecodeBenchmark(DecoderSettings settings, boolean stockAlsoInverted) {
        this.settings = settings;
        this.stockAlsoInverted = stockAlsoInverted;
    }

    /** Stock ZXing at its best for the same job: our formats, TRY_HARDER, ALSO_INVERTED. */
    public DecodeBenchmark(DecoderSettings settings) {
        this(settings, true);
    }

    private BestStock stock() {
        return new BestStock(settings.formats(), stockAlsoInverted);
    }

    /**
     * Prints both tables for a generated corpus: {@code java -cp "target/loungedesk.jar:target/lib/*"
     * com.loungedesk.bench.decode.DecodeBenchmark [CODED_SCENES [SEED]]} (default 80 scenes, the default seed).
     * Stock is measured with and without ALSO_INVERTED, to show where that setting helps.
     */
    public static void main(String[] args) {
        int coded = args.length > 0 ? Integer.parseInt(args[0]) : 80;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SceneCorpus.DEFAULT_SEED;
        long start = System.nanoTime();
        List<Scene> scenes = SceneCorpus.generate(coded, seed);
        System.out.printf("corpus: %d scenes (seed %d) generated in %.1f s; %d cores, Java %s%n", scenes.size(), seed,
                (System.nanoTime() - start) / 1e9, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        DecodeBenchmark benchmark = new DecodeBenchmark(DecoderSettings.defaults());
        benchmark.warmUp(scenes, 1);
        System.out.print(benchmark.live(scenes, DecoderSettings.CYCLE).table());
        System.out.print(benchmark.still(scenes).table());
        System.out.print(new DecodeBenchmark(DecoderSettings.defaults(), false).still(scenes).table());
    }

    /** Untimed rounds over the corpus with both decoders, so the JIT has compiled both. */
    public void warmUp(List<Scene> scenes, int rounds) {
        // untimed, so every core takes a share of the scenes, each with decoders of its own
        int shares = Math.max(1, Math.min(scenes.size(), Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, shares).parallel().forEach(share -> {
            FrameDecoder ours = new FrameDecoder(settings);
            BestStock stock = stock();
            for (int round = 0; round < rounds; round++) {
                for (int i = share; i < scenes.size(); i += shares) {
                    ours.decode(scenes.get(i).image(), EnumSet.allOf(DecodePass.class));
                    stock.decode(scenes.get(i).image());
                }
            }
        });
    }

    /** Each frame decoded on its own: every pass of ours, cheapest first, against stock. */
    public DecodeFigures still(List<Scene> scenes) {
        requireScenes(scenes);
        FrameDecoder ours = new FrameDecoder(settings);
        BestStock stock = stock();
        EnumSet<DecodePass> allPasses = EnumSet.allOf(DecodePass.class);
        Tally ourTally = new Tally("ours, all passes");
        Tally stockTally = new Tally(stock.describe());
        for (Scene scene : scenes) {
            ourTally.outcome(scene, timed(scene, ourTally, () -> ours.decode(scene.image(), allPasses)));
            stockTally.outcome(scene, timed(scene, stockTally, () -> stock.decode(scene.image())));
        }
        return figures("still frames, each decoded alone", scenes, ourTally, stockTally);
    }

    /** A camera held on each scene for {@code framesPerScene} frames; ours with the live pass schedule. */
    public DecodeFigures live(List<Scene> scenes, int framesPerScene) {
        requireScenes(scenes);
        if (framesPerScene < 1) {
            throw new IllegalArgumentException("framesPerScene must be at least 1, was " + framesPerScene);
        }
        FrameDecoder ours = new FrameDecoder(settings);
        BestStock stock = stock();
        Tally ourTally = new Tally("ours, live schedule");
        Tally stockTally = new Tally(stock.describe());
        long frameNumber = 0;
        for (Scene scene : scenes) {
            Optional<DecodedCode> right = Optional.empty();
            Optional<DecodedCode> wrong = Optional.empty();
            for (int i = 0; i < framesPerScene; i++) {
                long number = frameNumber++;
                Optional<DecodedCode> result = timed(scene, ourTally,
                        () -> ours.decode(scene.image(), settings.passesForFrame(number)));
                if (result.isPresent() && !scene.isEmpty() && result.get().text().equals(scene.payload())) {
                    right = result;
                } else if (result.isPresent()) {
                    wrong = result;
                }
            }
            // one wrong read in any frame makes the scene a misread, even if another frame read it right
            ourTally.outcome(scene, wrong.isPresent() ? wrong : right);
            stockTally.outcome(scene, timed(scene, stockTally, () -> stock.decode(scene.image())));
        }
        return figures("live camera, " + framesPerScene + " frames per scene", scenes, ourTally, stockTally);
    }

    private static void requireScenes(List<Scene> scenes) {
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("no scenes to measure");
        }
    }

    private static Optional<DecodedCode> timed(Scene scene, Tally tally, Supplier<Optional<DecodedCode>> decode) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Optional<DecodedCode> result = decode.get();
        long wall = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        tally.frameTime(scene, wall / 1e6, cpuStart < 0 ? Double.NaN : cpu / 1e6);
        return result;
    }

    private static DecodeFigures figures(String mode, List<Scene> scenes, Tally ours, Tally stock) {
        Map<String, DecodeFigures.Counts> byFormat = new LinkedHashMap<>();
        Map<String, DecodeFigures.Counts> byKind = new LinkedHashMap<>();
        List<Scene> coded = scenes.stream().filter(s -> !s.isEmpty()).toList();
        coded.stream().map(s -> s.format().name()).distinct().sorted().forEach(format -> byFormat.put(format,
                new DecodeFigures.Counts(ours.decodedOf(format), stock.decodedOf(format),
                        (int) coded.stream().filter(s -> s.format().name().equals(format)).count())));
        coded.stream().map(Scene::kind).distinct().sorted().forEach(kind -> byKind.put(kind,
                new DecodeFigures.Counts(ours.decodedOfKind(kind), stock.decodedOfKind(kind),
                        (int) coded.stream().filter(s -> s.kind().equals(kind)).count())));
        return new DecodeFigures(mode, scenes.size(), ours.figures(), stock.figures(), byFormat, byKind);
    }
}
