package com.loungedesk.scan.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedImageReaderTest {

    @TempDir
    Path dir;

    @Test
    void anImageDeclaringFourHundredMegapixelsIsRefusedWithASentenceBeforeItsPixelsAreRead() throws IOException {
        Path bomb = DeclaredPng.write(dir.resolve("bomb.png"), 20_000, 20_000, false);
        assertTrue(Files.size(bomb) < 2_000_000, "the bomb is small on disk: " + Files.size(bomb));

        IOException refused = assertThrows(IOException.class, () -> BoundedImageReader.read(bomb));

        assertEquals("the image declares 20000×20000 pixels (400 megapixels); images over 40 megapixels are refused",
                refused.getMessage());
    }

    @Test
    void aLargeImageIsDownscaledWhileReadToStayWithinTheReadBudget() throws IOException {
        Path large = DeclaredPng.write(dir.resolve("large.png"), 3000, 2000);
        BoundedImageReader reader = new BoundedImageReader(40_000_000, 1_000_000);

        BufferedImage image = reader.readImage(large);

        assertEquals(3, reader.subsampling(6_000_000));
        assertEquals(1000, image.getWidth());
        assertEquals(667, image.getHeight());
        assertTrue((long) image.getWidth() * image.getHeight() <= 1_000_000);
    }

    @Test
    void anImageWithinTheBudgetIsReadWhole() throws IOException {
        Path small = dir.resolve("small.png");
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", small.toFile());

        BufferedImage image = BoundedImageReader.read(small);

        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
    }

    @Test
    void damagedAndForeignFilesGiveAReasonNeverAnEmptyOne() throws IOException {
        Path good = DeclaredPng.write(dir.resolve("good.png"), 400, 400);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.png"), java.util.Arrays.copyOf(bytes, 60));
        Path text = Files.writeString(dir.resolve("text.png"), "this is not a png");

        for (Path file : new Path[] {truncated, text, dir, dir.resolve("missing.png")}) {
            IOException e = assertThrows(IOException.class, () -> BoundedImageReader.read(file));
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), file.toString());
            assertFalse(e.getMessage().startsWith("Caught exception"), e.getMessage());
        }
    }
}
