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
 * Our decoding pipeline against stock ZXing at its best for the same job (the pass formats only,
 * TRY_HARDER, ALSO_INVERTED) on the generated 1280x720 scene corpus, both in one pass, scene by scene: as
 * a live camera (8 frames a scene, one whole schedule cycle: mean and p95 over every frame, empty ones
 * included) and, in the full run, frame by frame (each frame alone, every pass of ours).
 */
public final class DecodeScenario implements Scenario {

    /** Targets for decoding a 1280x720 camera frame, empty frames included. */
    static final double MEAN_MS = 8;
    static final double P95_MS = 20;
    /** Codes read on the scene corpus, ours / stock at its best. */
    static final double READ_RATIO = 2.3;

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public String compared() {
        return "our pipeline vs stock ZXing at its best (pass formats, TRY_HARDER, ALSO_INVERTED), 1280x720 scenes";
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
        report.add(BenchResult.atLeast(name(), "codes read ratio (live)", "x", live.rateRatio(), Double.NaN,
                READ_RATIO));
        report.add(BenchResult.atMost(name(), "misreads (live)", "count", ours.misreads(), stock.misreads(), 0));
        report.add(BenchResult.atMost(name(), "formats and kinds of image read less than stock (live)", "count",
                live.behindStock().size(), Double.NaN, 0));
        report.add(BenchResult.atMost(name(), "mean ms per frame (live, whole cycles, empty included)", "ms",
                ours.frameMs().mean(), stock.frameMs().mean(), MEAN_MS));
        report.add(BenchResult.atMost(name(), "p95 ms per frame (live, whole cycles, empty included)", "ms",
                ours.frameMs().p95(), stock.frameMs().p95(), P95_MS));
        report.add(BenchResult.info(name(), "empty frame mean ms (live, whole cycles)", "ms", ours.emptyMs().mean(),
                stock.emptyMs().mean()));
        report.add(BenchResult.info(name(), "empty frame p95 ms (live, whole cycles)", "ms", ours.emptyMs().p95(),
                stock.emptyMs().p95()));
        report.add(BenchResult.info(name(), "decoding-thread CPU mean per frame (live)", "ms", ours.cpuMs().mean(),
                stock.cpuMs().mean()));
        if (still == null) {
            report.note("quick: frames decoded each alone are compared in the full run only");
            return;
        }
        for (String line : still.table().split("\n")) {
            report.note(line);
        }
        report.add(BenchResult.info(name(), "codes read (each frame alone, of " + still.ours().coded() + ")", "codes",
                still.ours().decoded(), still.stock().decoded()));
        report.add(BenchResult.atMost(name(), "misreads (each frame alone)", "count", still.ours().misreads(),
                still.stock().misreads(), 0));
        report.add(BenchResult.info(name(), "mean ms per frame (each frame alone)", "ms", still.ours().frameMs().mean(),
                still.stock().frameMs().mean()));
        report.add(BenchResult.info(name(), "p95 ms per frame (each frame alone)", "ms", still.ours().frameMs().p95(),
                still.stock().frameMs().p95()));
    }

    private static List<Scene> oneOfEachKind(List<Scene> scenes) {
        Map<String, Scene> first = new LinkedHashMap<>();
        for (Scene scene : scenes) {
            first.putIfAbsent(scene.format() == null ? "empty" : scene.format().name(), scene);
        }
        return List.copyOf(first.values());
    }
}
