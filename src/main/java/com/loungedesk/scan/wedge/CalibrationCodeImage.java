package com.loungedesk.scan.wedge;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders the wedge calibration code ({@link LayoutCalibration#CODE}) for printing: Code 128, which
 * every USB scanner reads, and QR for 2D scanners. The committed copies live in {@code assets/calibration/}.
 */
public final class CalibrationCodeImage {
    private CalibrationCodeImage() {
    }

    public static BufferedImage render(BarcodeFormat format) {
        boolean linear = format == BarcodeFormat.CODE_128;
        try {
            BitMatrix matrix = new MultiFormatWriter().encode(LayoutCalibration.CODE, format,
                    linear ? 900 : 400, linear ? 220 : 400, Map.of(EncodeHintType.MARGIN, linear ? 20 : 4));
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalStateException("the calibration code cannot be encoded as " + format, e);
        }
    }

    /** Writes {@code wedge-calibration-code128.png} and {@code wedge-calibration-qr.png} into the folder. */
    public static void writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        ImageIO.write(render(BarcodeFormat.CODE_128), "png", folder.resolve("wedge-calibration-code128.png").toFile());
        ImageIO.write(render(BarcodeFormat.QR_CODE), "png", folder.resolve("wedge-calibration-qr.png").toFile());
    }
}
