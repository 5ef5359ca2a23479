package com.loungedesk.scan.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Our decoder: a cheap QR-only attempt on luma first, then the other passes of {@link DecodePass}.
 * Not thread-safe (ZXing readers keep state): use one per thread.
 */
public final class FrameDecoder {
    private final DecoderSettings settings;
    private final Clock clock;
    private final MultiFormatReader qrReader = new MultiFormatReader();
    private final MultiFormatReader otherReader;
    private final MultiFormatReader allReader = new MultiFormatReader();
    private final MultiFormatReader hardReader = new MultiFormatReader();

    public FrameDecoder(DecoderSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public FrameDecoder(DecoderSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        qrReader.setHints(hints(EnumSet.of(BarcodeFormat.QR_CODE), false));
        EnumSet<BarcodeFormat> others = EnumSet.noneOf(BarcodeFormat.class);
        others.addAll(settings.formats());
        others.remove(BarcodeFormat.QR_CODE);
        otherReader = others.isEmpty() ? null : new MultiFormatReader();
        if (otherReader != null) {
            otherReader.setHints(hints(others, false));
        }
        allReader.setHints(hints(settings.formats(), false));
        hardReader.setHints(hints(settings.formats(), true));
    }

    private static Map<DecodeHintType, Object> hints(Set<BarcodeFormat> formats, boolean tryHarder) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, EnumSet.copyOf(formats));
        if (tryHarder) {
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        }
        return hints;
    }

    /** A still image: every pass, cheapest first, until one reads a code. */
    public Optional<DecodedCode> decodeStill(BufferedImage image) {
        return decode(LumaFrame.of(image), EnumSet.allOf(DecodePass.class));
    }

    /** Runs the given passes over the frame, cheapest first, and answers the first code found. */
    public Optional<DecodedCode> decode(LumaFrame original, Set<DecodePass> passes) {
        LumaFrame frame = original.scaledToFit(settings.maxSide());
        BinaryBitmap bitmap = bitmap(source(frame));
        boolean qr = settings.formats().contains(BarcodeFormat.QR_CODE);
        for (DecodePass pass : DecodePass.values()) {
            if (!passes.contains(pass)) {
                continue;
            }
            Result result = switch (pass) {
                case QR_FAST -> qr ? attempt(qrReader, bitmap) : attempt(allReader, bitmap);
                case OTHER_FORMATS -> otherReader == null ? null : attempt(otherReader, bitmap);
                case HALF_SIZE -> Math.min(frame.width(), frame.height()) < 240 ? null
                        : attempt(allReader, bitmap(source(frame.shrink(2))));
                case INVERTED -> attempt(allReader, bitmap(source(frame).invert()));
                case CENTRE_CROP -> frame == original ? null : attempt(allReader, bitmap(centreCrop(original)));
                case TRY_HARDER -> tryHarder(bitmap, frame);
            };
            if (result != null) {
                return Optional.of(new DecodedCode(result.getBarcodeFormat(), result.getText(), pass, clock.instant()));
            }
        }
        return Optional.empty();
    }

    private Result tryHarder(BinaryBitmap bitmap, LumaFrame frame) {
        Result result = attempt(hardReader, bitmap);
        return result != null ? result : attempt(hardReader, bitmap(source(frame).invert()));
    }

    private LuminanceSource centreCrop(LumaFrame original) {
        int side = settings.maxSide();
        int w = Math.min(original.width(), side);
        int h = Math.min(original.height(), side * 9 / 16);
        return new PlanarYUVLuminanceSource(original.luma(), original.width(), original.height(),
                (original.width() - w) / 2, (original.height() - h) / 2, w, h, false);
    }

    private static LuminanceSource source(LumaFrame frame) {
        return new PlanarYUVLuminanceSource(frame.luma(), frame.width(), frame.height(),
                0, 0, frame.width(), frame.height(), false);
    }

    private static BinaryBitmap bitmap(LuminanceSource source) {
        return new BinaryBitmap(new HybridBinarizer(source));
    }

    private static Result attempt(MultiFormatReader reader, BinaryBitmap bitmap) {
        try {
            return reader.decodeWithState(bitmap);
        } catch (ReaderException notFound) {
            return null;
        } finally {
            reader.reset();
        }
    }
}
