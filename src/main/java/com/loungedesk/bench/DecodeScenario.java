package com.loungedesk.bench;

import com.loungedesk.bench.decode.DecodeBenchmark;
import com.loungedesk.bench.decode.DecodeFigures;
import com.loungedesk.bench.decode.Scene;
import com.loungedesk.bench.decode.SceneCorpus;
import com.loungedesk.bench.decode.SideFigures;
import com.loungedesk.scan.decode.DecoderSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our decoding pipeline against stock ZXing (MultiFormatReader + TRY_HARDER) on the generated 1280x720
 * scene corpus, both in one pass, scene by scene: as a live camera (8 frames a scene) and frame by frame.
 */
public final class DecodeScenario implements Scenario {

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public String compared() {
        return "our pipeline vs stock ZXing MultiFormatReader + TRY_HARDER, generated 1280x720 scenes";
    }

    @Override
    public void run(boolean quick, BenchReport report) {
        List<Scene> scenes = SceneCorpus.generate(quick ? 10 : 80, SceneCorpus.DEFAULT_SEED);
        DecodeBenchmark bench = new DecodeBenchmark(DecoderSettings.defaults());
        // quick: one scene of each kind is enough for the JIT to compile both decoders' paths
        bench.warmUp(quick ? oneOfEachKind(scenes) : scenes, 1);
        DecodeFigures live = bench.live(scenes, DecoderSettings.CYCLE);
        DecodeFigures still = quick ? null : bench.still(scenes); // quick: the live camera comparison only
        for (String line : live.table().split("\n")) {
            report.note(line);
        }
        SideFigures ours = live.ours();
        SideFigures stock = live.stock();
        report.add(BenchResult.info(name(), "codes read (live, of " + ours.coded() + ")", "codes", ours.decoded(),
                stock.decoded()));
        report.add(BenchResult.atLeast(name(), "decode rate ratio (live)", "x", live.rateRatio(), Double.NaN, 1.10));
        report.add(BenchResult.atMost(name(), "misreads (live)", "count", ours.misreads(), stock.misreads(), 0));
        report.add(BenchResult.info(name(), "median ms per frame (live)", "ms", ours.medianMs(), stock.medianMs()));
        report.add(BenchResult.atMost(name(), "time ratio (live)", "x", live.timeRatio(), Double.NaN, 0.5));
        if (still != null) {
            report.add(BenchResult.atMost(name(), "time ratio (each frame alone)", "x", still.timeRatio(), Double.NaN,
                    0.5));
        } else {
            report.note("quick: frames decoded each alone are compared in the full run only");
        }
        report.add(BenchResult.atMost(name(), "empty frame median (live)", "ms", ours.emptyMedianMs(),
                stock.emptyMedianMs(), 10));
        report.add(BenchResult.info(name(), "empty frame decoding-thread CPU median", "ms", ours.cpuEmptyMedianMs(),
                stock.cpuEmptyMedianMs()));
    }

    private static List<Scene> oneOfEachKind(List<Scene> scenes) {
        Map<String, Scene> first = new LinkedHashMap<>();
        for (Scene scene : scenes) {
            first.putIfAbsent(scene.format() == null ? "empty" : scene.format().name(), scene);
        }
        return List.copyOf(first.values());
    }
}
