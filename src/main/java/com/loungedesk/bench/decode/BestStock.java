package com.loungedesk.bench.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.loungedesk.scan.decode.DecodePass;
import com.loungedesk.scan.decode.DecodedCode;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stock ZXing at its best settings for the desk's job, the decode benchmark's baseline: one
 * {@code MultiFormatReader} over {@code BufferedImageLuminanceSource} and {@code HybridBinarizer}, told
 * the pass formats only, TRY_HARDER, and (where it helps: light codes on dark phone screens) ALSO_INVERTED,
 * which tries the inverted image when the normal one gives nothing. Not thread-safe.
 */
public final class BestStock {
    private final MultiFormatReader reader = new MultiFormatReader();
    private final boolean alsoInverted;

    public BestStock(Set<BarcodeFormat> formats, boolean alsoInverted) {
        this.alsoInverted = alsoInverted;
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, EnumSet.copyOf(formats));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        if (alsoInverted) {
            hints.put(DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
        }
        reader.setHints(hints);
    }

    /** A short name for tables. */
    public String describe() {
        return "stock ZXing best" + (alsoInverted ? "" : " (no ALSO_INVERTED)");
    }

    public Optional<DecodedCode> decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result result = reader.decodeWithState(bitmap);
            return Optional.of(new DecodedCode(result.getBarcodeFormat(), result.getText(), DecodePass.TRY_HARDER,
                    Instant.now()));
        } catch (ReaderException notFound) {
            return Optional.empty();
        } finally {
            reader.reset();
        }
    }
}
