package com.loungedesk.scan.wedge;

import com.google.zxing.BarcodeFormat;
import com.loungedesk.scan.decode.DecodedCode;
import com.loungedesk.scan.decode.DecoderSettings;
import com.loungedesk.scan.decode.FrameDecoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class CalibrationCodeImageTest {

    @ParameterizedTest
    @CsvSource({"wedge-calibration-code128.png, CODE_128", "wedge-calibration-qr.png, QR_CODE"})
    void theCommittedCalibrationImagesHoldTheCalibrationCode(String file, BarcodeFormat format) throws IOException {
        BufferedImage image = ImageIO.read(Path.of("assets", "calibration", file).toFile());
        assertNotNull(image, file + " is missing or not an image");
        DecodedCode code = new FrameDecoder(DecoderSettings.defaults()).decodeStill(image).orElseThrow();
        assertEquals(format, code.format());
        assertEquals(LayoutCalibration.CODE, code.text());
    }
}
