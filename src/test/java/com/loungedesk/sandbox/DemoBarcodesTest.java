package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The committed demo barcode images decode to seeded references, in the format their name says. */
class DemoBarcodesTest {

    private static final Path DIR = Path.of("assets", "demo-passes");

    @Test
    void everyImageDecodesToASeededReference() throws Exception {
        Set<String> seeded = DemoPasses.ALL.stream().map(DemoPasses.DemoPass::reference).collect(Collectors.toSet());
        List<Path> images;
        try (Stream<Path> files = Files.list(DIR)) {
            images = files.filter(p -> p.toString().endsWith(".png")).sorted().collect(Collectors.toList());
        }
        List<BarcodeFormat> formats = new ArrayList<>();
        for (Path image : images) {
            Result result = decode(image);
            assertTrue(seeded.contains(result.getText()), image + " decodes to " + result.getText());
            assertEquals(DemoBarcodeGenerator.fileName(result.getText(), result.getBarcodeFormat()),
                    image.getFileName().toString());
            formats.add(result.getBarcodeFormat());
        }
        for (DemoPasses.DemoPass pass : DemoPasses.ALL) {
            assertTrue(Files.exists(DIR.resolve(DemoBarcodeGenerator.fileName(pass.reference(), BarcodeFormat.QR_CODE))),
                    "a QR image for " + pass.reference());
        }
        assertTrue(formats.contains(BarcodeFormat.PDF_417));
        assertTrue(formats.contains(BarcodeFormat.AZTEC));
    }

    private static Result decode(Path file) throws Exception {
        BufferedImage image = ImageIO.read(file.toFile());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE, BarcodeFormat.PDF_417, BarcodeFormat.AZTEC)));
    }
}
