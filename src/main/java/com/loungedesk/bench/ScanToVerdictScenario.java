package com.loungedesk.bench;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.PassBooking;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.scan.decode.DecodedCode;
import com.loungedesk.scan.decode.DecoderSettings;
import com.loungedesk.scan.decode.FrameDecoder;
import com.loungedesk.bench.decode.BestStock;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole scan at the desk, per pass: a 1280x720 camera frame in, decode, credentials + lookup, redeem,
 * verdict value out, against the sandbox on loopback. Ours decodes with our pipeline; the compared run
 * decodes the same kind of frame with stock ZXing at its best (pass formats, TRY_HARDER, ALSO_INVERTED) and goes through the same desk services.
 */
public final class ScanToVerdictScenario implements Scenario {

    /** The desk's use cases as the console calls them. */
    public interface Desk extends AutoCloseable {
        LookupOutcome lookup(String reference);

        Verdict redeem(LookupOutcome lookup, List<String> codes);

        @Override
        void close() throws java.io.IOException;
    }

    /** Opens the real desk services on a backend. */
    public interface DeskFactory {
        Desk open(Backend backend) throws Exception;
    }

    private final Backend.Factory backends;
    private final DeskFactory desks;

    public ScanToVerdictScenario(Backend.Factory backends, DeskFactory desks) {
        this.backends = backends;
        this.desks = desks;
    }

    @Override
    public String name() {
        return "scan-to-verdict";
    }

    @Override
    public String compared() {
        return "frame -> decode -> credentials + lookup -> redeem -> verdict; ours vs stock ZXing at its best, same services";
    }

    private record Timing(double decode, double lookup, double redeem) {
        double total() {
            return decode + lookup + redeem;
        }
    }

    @Override
    public void run(boolean quick, BenchReport report) throws Exception {
        int passes = quick ? 30 : 1000;
        FrameDecoder ours = new FrameDecoder(DecoderSettings.defaults());
        BestStock stock = new BestStock(DecoderSettings.PASS_FORMATS, true);
        List<Timing> oursT = new ArrayList<>();
        List<Timing> stockT = new ArrayList<>();
        int[] failures = new int[2];
        List<Map<String, Integer>> why = List.of(new TreeMap<>(), new TreeMap<>());
        try (Backend backend = backends.start(); Desk desk = desks.open(backend)) {
            DeskHttp http = new DeskHttp(backend, 2);
            try {
                int warmUp = quick ? 10 : 50;
                for (int i = 0; i < warmUp + passes; i++) {
                    boolean measured = i >= warmUp;
                    for (int side = 0; side < 2; side++) {
                        String reference = http.newWalkIn(1).reference();
                        BufferedImage frame = frameShowing(reference);
                        Function<BufferedImage, Optional<DecodedCode>> decoder = side == 0 ? ours::decodeStill
                                : stock::decode;
                        Object t = scanOnce(desk, decoder, frame, reference);
                        if (t instanceof Timing timing) {
                            if (measured) {
                                (side == 0 ? oursT : stockT).add(timing);
                            }
                        } else {
                            failures[side]++;
                            why.get(side).merge(String.valueOf(t), 1, Integer::sum);
                        }
                    }
                }
            } finally {
                http.close();
            }
        }
        Stats o = Stats.of(oursT.stream().map(Timing::total).toList());
        Stats s = Stats.of(stockT.stream().map(Timing::total).toList());
        report.note(String.format("%d passes each side; ours ms min %.1f / median %.1f / max %.1f; stock median %.1f",
                passes, o.min(), o.median(), o.max(), s.median()));
        report.note("share of ours: " + shares(oursT) + "; stock: " + shares(stockT));
        if (failures[0] + failures[1] > 0) {
            report.note("scans that did not end VALID, by reason: ours " + why.get(0) + "; stock " + why.get(1));
        }
        report.add(BenchResult.atMost(name(), "scan to verdict p95", "ms", o.p95(), s.p95(), 60));
        report.add(BenchResult.info(name(), "scan to verdict median", "ms", o.median(), s.median()));
        report.add(BenchResult.atMost(name(), "scans that did not end VALID", "count", failures[0], failures[1], 0));
    }

    /** The timing of a scan that ended VALID, or a short reason why it did not. */
    private static Object scanOnce(Desk desk, Function<BufferedImage, Optional<DecodedCode>> decoder,
                                   BufferedImage frame, String reference) {
        long t0 = System.nanoTime();
        Optional<DecodedCode> code = decoder.apply(frame);
        long t1 = System.nanoTime();
        if (code.isEmpty()) {
            return "not decoded";
        }
        if (!code.get().text().equals(reference)) {
            return "misread";
        }
        LookupOutcome lookup = desk.lookup(code.get().text());
        long t2 = System.nanoTime();
        if (!lookup.found()) {
            return "lookup " + (lookup.failure() == null ? "not found" : lookup.failure().kind().name());
        }
        Verdict v = desk.redeem(lookup, lookup.bookings().stream().map(PassBooking::redemptionCode).toList());
        long t3 = System.nanoTime();
        return v.kind() == VerdictKind.VALID ? new Timing((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6)
                : "redeem " + v.kind().name();
    }

    private static String shares(List<Timing> ts) {
        double d = ts.stream().mapToDouble(Timing::decode).sum();
        double l = ts.stream().mapToDouble(Timing::lookup).sum();
        double r = ts.stream().mapToDouble(Timing::redeem).sum();
        double all = d + l + r;
        return String.format("decode %.0f%%, credentials + lookup %.0f%%, redeem %.0f%%", 100 * d / all, 100 * l / all,
                100 * r / all);
    }

    /** A camera-sized frame: the pass's QR code on a phone-like panel in a grey scene. */
    static BufferedImage frameShowing(String text) throws WriterException {
        BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 320, 320);
        BufferedImage img = new BufferedImage(1280, 720, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(120, 124, 130));
        g.fillRect(0, 0, 1280, 720);
        g.setColor(new Color(245, 245, 245));
        g.fillRoundRect(440, 160, 400, 400, 30, 30);
        g.setColor(Color.BLACK);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    g.fillRect(480 + x, 200 + y, 1, 1);
                }
            }
        }
        g.dispose();
        return img;
    }
}
