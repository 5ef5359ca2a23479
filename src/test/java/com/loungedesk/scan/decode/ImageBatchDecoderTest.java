package com.loungedesk.scan.decode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageBatchDecoderTest {

    @TempDir
    Path dir;

    @Test
    void everyInputGetsOneLineInArgumentOrderAndTheRunGoesOn() throws IOException {
        Path passes = Files.createDirectory(dir.resolve("passes"));
        ImageIO.write(TestFrames.frame(TestFrames.code(BarcodeFormat.QR_CODE, "line one\nline\ttwo \"q\" \u001E", 240, 240),
                1280, 720, 300, 200, false), "png", passes.resolve("a-qr.png").toFile());
        Files.writeString(passes.resolve("b-broken.png"), "this is not a png");
        ImageIO.write(TestFrames.empty(640, 360), "png", passes.resolve("c-empty.png").toFile());
        Files.createSymbolicLink(passes.resolve("d-loop.png"), passes.resolve("d-loop.png"));
        Files.createSymbolicLink(passes.resolve("e-dangling.png"), passes.resolve("nothing-here.png"));
        Path missing = dir.resolve("missing.png");
        Path single = passes.resolve("c-empty.png");

        for (boolean stock : new boolean[] {false, true}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int failures = new ImageBatchDecoder(stock).run(List.of(single, passes, missing), new PrintWriter(out),
                    new PrintWriter(err));
            assertEquals(4, failures);
            List<String> lines = out.toString().lines().toList();
            assertEquals(List.of(
                    single + "\t-\t",
                    passes.resolve("a-qr.png") + "\tQR_CODE\tline one\\nline\\ttwo \"q\" \\u001E",
                    passes.resolve("b-broken.png") + "\tERROR\tnot an image this program can read (PNG, JPEG, GIF, BMP or WBMP)",
                    passes.resolve("c-empty.png") + "\t-\t",
                    passes.resolve("d-loop.png") + "\tERROR\ta symbolic link that loops",
                    passes.resolve("e-dangling.png") + "\tERROR\ta symbolic link to nothing",
                    missing + "\tERROR\tno such file or folder"), lines);
            assertEquals("", err.toString());
        }
    }

    @Test
    void jsonLinesCarryPathFormatTextAndAnErrorForFailures() throws IOException {
        Path qr = dir.resolve("q.png");
        ImageIO.write(TestFrames.frame(TestFrames.code(BarcodeFormat.QR_CODE, "tab\there \"quoted\" \\ \u001E", 240, 240),
                1280, 720, 300, 200, false), "png", qr.toFile());
        Path empty = dir.resolve("e.png");
        ImageIO.write(TestFrames.empty(320, 200), "png", empty.toFile());
        Path missing = dir.resolve("gone.png");
        StringWriter out = new StringWriter();

        new ImageBatchDecoder(false, true).run(List.of(qr, empty, missing), new PrintWriter(out), new PrintWriter(new StringWriter()));

        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size(), out.toString());
        JsonNode found = new ObjectMapper().readTree(lines.get(0));
        assertEquals(qr.toString(), found.get("path").asText());
        assertEquals("QR_CODE", found.get("format").asText());
        assertEquals("tab\there \"quoted\" \\ \u001E", found.get("text").asText());
        assertFalse(found.has("error"));
        JsonNode none = new ObjectMapper().readTree(lines.get(1));
        assertTrue(none.get("format").isNull() && none.get("text").isNull() && !none.has("error"), lines.get(1));
        JsonNode failed = new ObjectMapper().readTree(lines.get(2));
        assertEquals("no such file or folder", failed.get("error").asText());
    }
}
