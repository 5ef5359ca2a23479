package com.loungedesk.sandbox;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the demo barcode images to {@code assets/demo-passes/}: a QR code for every demo pass,
 * plus a PDF417 of the package and an Aztec code of the walk-in e-pass. Each encodes the pass's
 * reference (its barcode value). Run: {@code java -cp target/test-classes:... DemoBarcodeGenerator [dir]}.
 */
public final class DemoBarcodeGenerator {

    /** An extra image in a format other than QR. */
    record Extra(String reference, BarcodeFormat format, int width, int height) {
    }

    static final Extra[] EXTRAS = {
        new Extra(DemoPasses.PACKAGE, BarcodeFormat.PDF_417, 600, 240),
        new Extra(DemoPasses.WALKIN_EPASS, BarcodeFormat.AZTEC, 300, 300),
    };

    private DemoBarcodeGenerator() {
    }

    public static void main(String[] args) throws IOException, WriterException {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/demo-passes");
        Files.createDirectories(dir);
        for (DemoPasses.DemoPass pass : DemoPasses.ALL) {
            write(dir, pass.reference(), BarcodeFormat.QR_CODE, 300, 300);
        }
        for (Extra extra : EXTRAS) {
            write(dir, extra.reference(), extra.format(), extra.width(), extra.height());
        }
    }

    static String fileName(String reference, BarcodeFormat format) {
        return reference + "-" + format.name().toLowerCase(Locale.ROOT).replace("_", "") + ".png";
    }

    private static void write(Path dir, String reference, BarcodeFormat format, int width, int height)
            throws IOException, WriterException {
        BitMatrix matrix = new MultiFormatWriter().encode(reference, format, width, height,
                Map.of(EncodeHintType.MARGIN, format == BarcodeFormat.QR_CODE ? 4 : 10));
        Path file = dir.resolve(fileName(reference, format));
        MatrixToImageWriter.writeToPath(matrix, "PNG", file);
        System.out.println("wrote " + file);
    }
}
