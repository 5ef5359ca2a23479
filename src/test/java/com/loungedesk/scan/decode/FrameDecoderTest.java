package com.loungedesk.scan.decode;

import com.google.zxing.BarcodeFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameDecoderTest {
    private static final String BCBP = "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100";
    private final FrameDecoder decoder = new FrameDecoder(DecoderSettings.defaults());

    @ParameterizedTest
    @CsvSource({"QR_CODE, 300, 300", "PDF_417, 600, 200", "AZTEC, 300, 300", "DATA_MATRIX, 300, 300",
        "CODE_128, 600, 150"})
    void everyPassFormatRoundTripsThroughA720pFrame(BarcodeFormat format, int width, int height) {
        String text = format == BarcodeFormat.CODE_128 ? "8123456789012345" : BCBP;
        BufferedImage frame = TestFrames.frame(TestFrames.code(format, text, width, height), 1280, 720,
                640 - width / 2, 360 - height / 2, false);
        DecodedCode code = decoder.decodeStill(frame).orElseThrow(() -> new AssertionError(format + " not read"));
        assertEquals(format, code.format());
        assertEquals(text, code.text());
    }

    @Test
    void aQrCodeIsReadByTheFastPass() {
        BufferedImage frame = TestFrames.frame(TestFrames.code(BarcodeFormat.QR_CODE, "HTA89203", 240, 240),
                1280, 720, 200, 150, false);
        DecodedCode code = decoder.decode(LumaFrame.of(frame), EnumSet.of(DecodePass.QR_FAST)).orElseThrow();
        assertEquals("HTA89203", code.text());
        assertEquals(DecodePass.QR_FAST, code.pass());
    }

    @Test
    void aLightCodeOnADarkScreenIsReadByTheInvertedPass() {
        BufferedImage frame = TestFrames.frame(TestFrames.code(BarcodeFormat.QR_CODE, "HTA89203", 240, 240),
                1280, 720, 500, 200, true);
        DecodedCode code = decoder.decodeStill(frame).orElseThrow();
        assertEquals("HTA89203", code.text());
        assertTrue(code.pass() == DecodePass.INVERTED || code.pass() == DecodePass.TRY_HARDER, code.pass().name());
    }

    @Test
    void aLargeFrameIsCappedAndStillRead() {
        BufferedImage frame = TestFrames.frame(TestFrames.code(BarcodeFormat.QR_CODE, "QX7-22", 400, 400),
                2592, 1456, 1100, 500, false);
        assertEquals("QX7-22", decoder.decodeStill(frame).orElseThrow().text());
    }

    @Test
    void anEmptyFrameGivesNothing() {
        assertTrue(decoder.decodeStill(TestFrames.empty(1280, 720)).isEmpty());
    }

    @Test
    void onlyTheConfiguredFormatsAreRead() {
        FrameDecoder qrOnly = new FrameDecoder(DecoderSettings.defaults().withFormats(Set.of(BarcodeFormat.QR_CODE)));
        BufferedImage frame = TestFrames.frame(TestFrames.code(BarcodeFormat.CODE_128, "HTA89203", 600, 150),
                1280, 720, 300, 300, false);
        assertTrue(qrOnly.decodeStill(frame).isEmpty());
        assertEquals("HTA89203", decoder.decodeStill(frame).orElseThrow().text());
    }

    @Test
    void aQrWhoseDataDrawsAFourthFinderIsReadByTheCrowdedPass() {
        // this walk-in reference's data and mask draw a finder-like square by the left edge; stock ZXing
        // (and every other pass of ours) picks the wrong three finders on a sharp render above ~250 px
        String reference = "8888320904207665";
        BufferedImage frame = TestFrames.frame(TestFrames.code(BarcodeFormat.QR_CODE, reference, 320, 320),
                1280, 720, 480, 200, false);
        EnumSet<DecodePass> others = EnumSet.complementOf(EnumSet.of(DecodePass.QR_CROWDED));
        assertTrue(decoder.decode(LumaFrame.of(frame), others).isEmpty(), "the other passes miss it");
        DecodedCode code = decoder.decodeStill(frame).orElseThrow();
        assertEquals(reference, code.text());
        assertEquals(DecodePass.QR_CROWDED, code.pass());
    }

    @Test
    void theLiveScheduleTriesQrEveryFrameAndEveryOtherPassOncePerCycle() {
        DecoderSettings settings = DecoderSettings.defaults();
        EnumSet<DecodePass> seen = EnumSet.noneOf(DecodePass.class);
        int fastOnly = 0;
        for (int frame = 0; frame < DecoderSettings.CYCLE; frame++) {
            Set<DecodePass> passes = settings.passesForFrame(frame);
            assertTrue(passes.contains(DecodePass.QR_FAST));
            fastOnly += passes.size() == 1 ? 1 : 0;
            seen.addAll(passes);
        }
        assertEquals(EnumSet.allOf(DecodePass.class), seen);
        assertEquals(DecoderSettings.CYCLE / 2, fastOnly);
    }

    @Test
    void settingsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new DecoderSettings(Set.of(), 1280));
        assertThrows(IllegalArgumentException.class, () -> new DecoderSettings(DecoderSettings.PASS_FORMATS, 10));
    }
}
