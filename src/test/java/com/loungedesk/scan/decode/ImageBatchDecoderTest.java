package com.loungedesk.scan.decode;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageBatchDecoderTest {

    @TempDir
    Path dir;

    @Test
    void printsOneLinePerImageAndReportsUnreadableFilesWithoutStopping() throws IOException {
        Path passes = Files.createDirectory(dir.resolve("passes"));
        ImageIO.write(TestFrames.frame(TestFrames.code(BarcodeFormat.QR_CODE, "line one\nline\ttwo", 240, 240),
                1280, 720, 300, 200, false), "png", passes.resolve("a-qr.png").toFile());
        Files.writeString(passes.resolve("b-broken.png"), "this is not a png");
        ImageIO.write(TestFrames.empty(640, 360), "png", passes.resolve("c-empty.png").toFile());
        Path missing = dir.resolve("missing.png");

        for (boolean stock : new boolean[] {false, true}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int failures = new ImageBatchDecoder(stock).run(List.of(passes, missing), new PrintWriter(out),
                    new PrintWriter(err));
            assertEquals(2, failures);
            List<String> lines = out.toString().lines().toList();
            assertEquals(List.of(passes.resolve("a-qr.png") + "\tQR_CODE\tline one\\nline\\ttwo",
                    passes.resolve("c-empty.png") + "\t-\t"), lines);
            assertTrue(err.toString().contains("b-broken.png"), err.toString());
            assertTrue(err.toString().contains("missing.png: no such file or folder"), err.toString());
        }
    }
}
