package com.loungedesk.scan.decode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import com.loungedesk.scan.source.BoundedImageReader;

/** Reads one image file (a pass someone saved or was sent) and decodes the code in it as a still. */
public final class StillImage {

    /** What came of one file. */
    public sealed interface Outcome {
        /** The code in the image. */
        record Found(DecodedCode code) implements Outcome {
        }

        /** The image was read but holds no code this decoder can read. */
        record NoCode() implements Outcome {
        }

        /** The file could not be read as an image; {@code reason} is a short sentence. */
        record Unreadable(String reason) implements Outcome {
        }
    }

    private final FrameDecoder decoder = new FrameDecoder(DecoderSettings.defaults());

    public Outcome decode(Path file) {
        BufferedImage image;
        try {
            image = read(file);
        } catch (IOException e) {
            return new Outcome.Unreadable(e.getMessage());
        }
        Optional<DecodedCode> code = decoder.decodeStill(image);
        return code.<Outcome>map(Outcome.Found::new).orElseGet(Outcome.NoCode::new);
    }

    /** The image in {@code file}, with bounded memory; an IOException with a short reason when it is not one. */
    static BufferedImage read(Path file) throws IOException {
        return BoundedImageReader.read(file);
    }
}
