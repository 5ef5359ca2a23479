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
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

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
    private final QRCodeMultiReader crowdedReader = new QRCodeMultiReader();

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
        return decode(image, EnumSet.allOf(DecodePass.class));
    }

    /**
     * Runs the given passes over a camera image, cheapest first, and answers the first code found.
     * Luminance is made lazily: a frame that only gets QR_FAST is read once, straight to half size.
     */
    public Optional<DecodedCode> decode(BufferedImage image, Set<DecodePass> passes) {
        return run(new Attempt(image, null), passes);
    }

    /** Runs the given passes over the frame, cheapest first, and answers the first code found. */
    public Optional<DecodedCode> decode(LumaFrame original, Set<DecodePass> passes) {
        return run(new Attempt(null, original), passes);
    }

    private Optional<DecodedCode> run(Attempt attempt, Set<DecodePass> passes) {
        for (DecodePass pass : DecodePass.values()) {
            if (passes.contains(pass)) {
                Result result = attempt.run(pass);
                if (result != null) {
                    return Optional.of(new DecodedCode(result.getBarcodeFormat(), result.getText(), pass,
                            clock.instant()));
                }
            }
        }
        return Optional.empty();
    }

    /** One frame's passes, sharing luminance and the binarized full and half-size images between them. */
    private final class Attempt {
        private final BufferedImage image;
        private final int width;
        private final int height;
        private final boolean canHalve;
        private final boolean qr = settings.formats().contains(BarcodeFormat.QR_CODE);
        private LumaFrame original;
        private LumaFrame frame;
        private BinaryBitmap full;
        private LumaFrame halfFrame;
        private BinaryBitmap half;

        Attempt(BufferedImage image, LumaFrame original) {
            this.image = image;
            this.original = original;
            this.width = image != null ? image.getWidth() : original.width();
            this.height = image != null ? image.getHeight() : original.height();
            int factor = 1;
            while (Math.max(width, height) / factor > settings.maxSide()) {
                factor++;
            }
            this.canHalve = Math.min(width, height) / factor >= 480;
        }

        private LumaFrame original() {
            if (original == null) {
                original = LumaFrame.of(image);
            }
            return original;
        }

        private LumaFrame frame() {
            if (frame == null) {
                frame = original().scaledToFit(settings.maxSide());
            }
            return frame;
        }

        Result run(DecodePass pass) {
            return switch (pass) {
                case QR_FAST -> qr ? attempt(qrReader, canHalve ? half() : full()) : attempt(allReader, full());
                case QR_FULL -> qr && canHalve ? attempt(qrReader, full()) : null;
                case OTHER_FORMATS -> otherReader == null ? null : attempt(otherReader, full());
                case HALF_SIZE -> otherReader == null || !canHalve ? null : attempt(otherReader, half());
                case INVERTED -> attempt(allReader, bitmap(source(canHalve ? halfFrame() : frame()).invert()));
                case CODE_REGION -> region();
                case TRY_HARDER -> tryHarder();
                case QR_CROWDED -> qr ? crowded(canHalve ? half() : full()) : null;
            };
        }

        private BinaryBitmap full() {
            if (full == null) {
                full = bitmap(source(frame()));
            }
            return full;
        }

        private LumaFrame halfFrame() {
            if (halfFrame == null) {
                boolean direct = image != null && Math.max(width, height) <= settings.maxSide() && original == null;
                halfFrame = direct ? LumaFrame.halfOf(image) : frame().shrink(2);
            }
            return halfFrame;
        }

        private BinaryBitmap half() {
            if (half == null) {
                half = bitmap(source(halfFrame()));
            }
            return half;
        }

        /** A crop of the original centred on the busiest region, so centre-seeking detectors find the code. */
        private Result region() {
            LumaFrame probe = canHalve ? halfFrame() : frame();
            LumaFrame original = original();
            int[] found = CodeRegion.find(probe);
            if (found == null) {
                return null;
            }
            double scale = (double) original.width() / probe.width();
            int side = (int) Math.min(Math.min(original.width(), original.height()), found[2] * 2.4 * scale);
            int left = clamp((int) (found[0] * scale) - side / 2, original.width() - side);
            int top = clamp((int) (found[1] * scale) - side / 2, original.height() - side);
            LuminanceSource crop = new PlanarYUVLuminanceSource(original.luma(), original.width(), original.height(),
                    left, top, side, side, false);
            Result result = attempt(allReader, bitmap(crop));
            if (result != null) {
                return result;
            }
            double angle = Deskew.angle(original.luma(), original.width(), left, top, side, side);
            if (Math.abs(angle) < Math.toRadians(2)) {
                return null;
            }
            return attempt(allReader, bitmap(source(Deskew.rotate(original.luma(), original.width(), original.height(),
                    left, top, side, side, angle))));
        }

        private Result tryHarder() {
            Result result = attempt(hardReader, full());
            return result != null ? result : attempt(hardReader, bitmap(source(frame()).invert()));
        }
    }

    private Result crowded(BinaryBitmap bitmap) {
        try {
            Result[] found = crowdedReader.decodeMultiple(bitmap);
            return found.length == 0 ? null : found[0];
        } catch (ReaderException notFound) {
            return null;
        }
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
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
