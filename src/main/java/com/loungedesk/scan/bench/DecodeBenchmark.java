package com.loungedesk.scan.bench;

import com.loungedesk.scan.decode.DecodePass;
import com.loungedesk.scan.decode.DecodedCode;
import com.loungedesk.scan.decode.DecoderSettings;
import com.loungedesk.scan.decode.FrameDecoder;
import com.loungedesk.scan.decode.LumaFrame;
import com.loungedesk.scan.decode.StockDecoder;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Our decoder and stock ZXing (MultiFormatReader + TRY_HARDER over BufferedImageLuminanceSource) over
 * the same frames in one run, interleaved frame by frame so a noisy machine slows both alike. Each
 * frame is decoded on its own ("still" mode: every pass of ours, cheapest first, stopping at the first
 * code), and its time includes turning the image into luminance, for both.
 */
public final class DecodeBenchmark {
    private final DecoderSettings settings;

    public DecodeBenchmark(DecoderSettings settings) {
        this.settings = settings;
    }

    /** Decodes every scene with both decoders after {@code warmupRounds} untimed rounds over the corpus. */
    public DecodeFigures run(List<Scene> scenes, int warmupRounds) {
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("no scenes to measure");
        }
        FrameDecoder ours = new FrameDecoder(settings);
        StockDecoder stock = new StockDecoder();
        EnumSet<DecodePass> allPasses = EnumSet.allOf(DecodePass.class);
        for (int round = 0; round < warmupRounds; round++) {
            for (Scene scene : scenes) {
                ours.decode(LumaFrame.of(scene.image()), allPasses);
                stock.decode(scene.image());
            }
        }
        Tally ourTally = new Tally("ours (still frames)");
        Tally stockTally = new Tally("stock ZXing TRY_HARDER");
        for (Scene scene : scenes) {
            measure(scene, ourTally, () -> ours.decode(LumaFrame.of(scene.image()), allPasses));
            measure(scene, stockTally, () -> stock.decode(scene.image()));
        }
        Map<String, String> byFormat = new LinkedHashMap<>();
        scenes.stream().filter(s -> !s.isEmpty()).map(s -> s.format().name()).distinct().sorted().forEach(format ->
                byFormat.put(format, ourTally.decodedOf(format) + "/" + stockTally.decodedOf(format) + "/"
                        + scenes.stream().filter(s -> !s.isEmpty() && s.format().name().equals(format)).count()));
        return new DecodeFigures("still frames, each decoded alone", scenes.size(), ourTally.figures(),
                stockTally.figures(), byFormat);
    }

    private static void measure(Scene scene, Tally tally, Supplier<Optional<DecodedCode>> decode) {
        long start = System.nanoTime();
        Optional<DecodedCode> result = decode.get();
        tally.frameTime(scene, (System.nanoTime() - start) / 1e6);
        tally.outcome(scene, result);
    }
}
