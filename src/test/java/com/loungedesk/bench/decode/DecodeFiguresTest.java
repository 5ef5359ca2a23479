package com.loungedesk.bench.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BarcodeFormat;
import com.loungedesk.bench.Stats;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecodeFiguresTest {

    private static SideFigures side(String name, int decoded, double... frameMs) {
        Stats frames = Stats.of(frameMs);
        return new SideFigures(name, 10, decoded, 0, frames, frames, frames, frames);
    }

    @Test
    void everyFormatAndKindWhereOursReadsFewerThanStockIsNamed() {
        DecodeFigures f = new DecodeFigures("live", 12, side("ours", 7, 1, 1, 1, 29), side("stock", 5, 40),
                Map.of("QR_CODE", new DecodeFigures.Counts(6, 3, 6), "AZTEC", new DecodeFigures.Counts(1, 2, 4)),
                Map.of("AZTEC phone inverted", new DecodeFigures.Counts(0, 1, 1)));
        assertEquals(List.of("AZTEC 1/2/4", "AZTEC phone inverted 0/1/1"), f.behindStock().stream().sorted().toList());
        assertEquals(7 / 5.0, f.rateRatio());
        assertEquals(8 / 40.0, f.meanTimeRatio(), 1e-12, "the mean counts the slow frame of the cycle, not the median");
    }

    @Test
    void aSceneKindIsItsFormatCarrierAndDarkMode() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_3BYTE_BGR);
        assertEquals("QR_CODE phone inverted", new Scene("a", image, BarcodeFormat.QR_CODE, "X",
                "QR_CODE phone inverted module=3.0px angle=4").kind());
        assertEquals("PDF_417 paper", new Scene("b", image, BarcodeFormat.PDF_417, "X", "PDF_417 paper module=2.0px")
                .kind());
        assertEquals("empty", new Scene("c", image, null, null, "empty phone blur=0").kind());
    }
}
