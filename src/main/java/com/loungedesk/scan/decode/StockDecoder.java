package com.loungedesk.scan.decode;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Plain stock ZXing, the baseline we compare with: {@code MultiFormatReader} (every format) with
 * TRY_HARDER over a {@code BufferedImageLuminanceSource} and a {@code HybridBinarizer}, as ZXing's own
 * command-line runner does. Not thread-safe.
 */
public final class StockDecoder {
    private final MultiFormatReader reader = new MultiFormatReader();
    private final Clock clock;

    public StockDecoder() {
        this(Clock.systemUTC());
    }

    public StockDecoder(Clock clock) {
        this.clock = clock;
        reader.setHints(Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }

    public Optional<DecodedCode> decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result result = reader.decodeWithState(bitmap);
            return Optional.of(new DecodedCode(result.getBarcodeFormat(), result.getText(), DecodePass.TRY_HARDER,
                    clock.instant()));
        } catch (ReaderException notFound) {
            return Optional.empty();
        } finally {
            reader.reset();
        }
    }
}
