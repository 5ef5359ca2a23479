package com.loungedesk.bench.decode;

import com.google.zxing.BarcodeFormat;
import com.loungedesk.scan.decode.DecoderSettings;
import org.junit.jupiter.api.Test;

import java.awt.image.DataBufferByte;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SceneCorpusTest {

    @Test
    void theCorpusIsTheSameForTheSameSeed() {
        List<Scene> a = SceneCorpus.generate(3, 42);
        List<Scene> b = SceneCorpus.generate(3, 42);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).name(), b.get(i).name());
            assertEquals(a.get(i).payload(), b.get(i).payload());
            assertArrayEquals(((DataBufferByte) a.get(i).image().getRaster().getDataBuffer()).getData(),
                    ((DataBufferByte) b.get(i).image().getRaster().getDataBuffer()).getData());
        }
    }

    @Test
    void theCorpusHoldsEveryPassFormatAndEmptyFramesAt720p() {
        List<Scene> scenes = SceneCorpus.generate(16, SceneCorpus.DEFAULT_SEED);
        Set<BarcodeFormat> formats = scenes.stream().filter(s -> !s.isEmpty()).map(Scene::format)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BarcodeFormat.class)));
        assertEquals(DecoderSettings.PASS_FORMATS, formats);
        assertEquals(2, scenes.stream().filter(Scene::isEmpty).count());
        assertTrue(scenes.stream().allMatch(s -> s.image().getWidth() == 1280 && s.image().getHeight() == 720));
    }

    /**
     * Correctness only (against stock ZXing at its best): the times are measured by the bench command,
     * never asserted in a test.
     */
    @Test
    void ourDecoderNeverMisreadsAndReadsAtLeastWhatStockReadsInEveryFormatAndKind() {
        List<Scene> scenes = SceneCorpus.generate(10, SceneCorpus.DEFAULT_SEED);
        DecodeBenchmark benchmark = new DecodeBenchmark(DecoderSettings.defaults());
        DecodeFigures live = benchmark.live(scenes, DecoderSettings.CYCLE);
        assertEquals(0, live.ours().misreads(), live.table());
        assertTrue(live.ours().decoded() >= live.stock().decoded(), live.table());
        assertEquals(List.of(), live.behindStock(), live.table());
        DecodeFigures still = benchmark.still(scenes);
        assertEquals(0, still.ours().misreads(), still.table());
        assertEquals(live.ours().decoded(), still.ours().decoded(), "live and still read the same scenes");
    }
}
