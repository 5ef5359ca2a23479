package com.loungedesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @TempDir
    Path dir;

    @Test
    void percentilesUseNearestRank() {
        Stats s = Stats.of(List.of(5, 1, 4, 2, 3, 6, 7, 8, 9, 10));
        assertEquals(1, s.min());
        assertEquals(5, s.median());
        assertEquals(10, s.p95());
        assertEquals(10, s.max());
        assertEquals(5.5, s.mean());
    }

    @Test
    void emptySamplesGiveNaNNotAnError() {
        assertTrue(Double.isNaN(Stats.of(new double[0]).median()));
    }

    @Test
    void jsonHasTheAgreedShapeAndRatios() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BenchReport report = new BenchReport(new PrintStream(out, true, StandardCharsets.UTF_8));
        report.add(BenchResult.atMost("decode", "median ms", "ms", 5, 20, 10));
        report.add(BenchResult.atLeast("load", "redeems", "/s", 1000, Double.NaN, 1500));
        Path file = dir.resolve("bench.json");
        report.writeJson(file);
        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        assertTrue(doc.get("environment").has("cores"));
        JsonNode first = doc.get("results").get(0);
        assertEquals("decode", first.get("scenario").asText());
        assertEquals(0.25, first.get("ratio").asDouble());
        assertTrue(first.get("met").asBoolean());
        JsonNode second = doc.get("results").get(1);
        assertTrue(second.get("baseline").isNull());
        assertFalse(second.get("met").asBoolean());
        assertTrue(report.markdown().contains("| load | redeems | /s | 1,000 | - | - | >= 1,500 | MISSED |"));
        assertNull(BenchResult.info("x", "y", "z", 1, 2).met());
    }
}
