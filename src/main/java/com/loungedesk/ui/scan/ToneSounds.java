package com.loungedesk.ui.scan;

import com.loungedesk.util.DaemonThreads;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.ui.port.VerdictSounds;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A distinct short tone pattern per verdict, synthesised with javax.sound.sampled on one daemon thread.
 * Muted by a setting; a machine without audio (headless, no device) just stays silent.
 */
public final class ToneSounds implements VerdictSounds, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ToneSounds.class);
    private static final float RATE = 22_050f;
    private static final Map<VerdictKind, int[][]> PATTERNS = new EnumMap<>(VerdictKind.class);

    static {
        // {frequency Hz, milliseconds}; 0 Hz is a pause
        PATTERNS.put(VerdictKind.VALID, new int[][] {{880, 90}, {0, 30}, {1320, 140}});
        PATTERNS.put(VerdictKind.ALREADY_USED, new int[][] {{440, 160}, {0, 60}, {440, 160}});
        PATTERNS.put(VerdictKind.UNKNOWN_PASS, new int[][] {{330, 380}});
        PATTERNS.put(VerdictKind.NOT_REDEEMABLE, new int[][] {{660, 120}, {0, 40}, {440, 220}});
        PATTERNS.put(VerdictKind.QUEUED, new int[][] {{990, 80}, {0, 40}, {990, 80}, {0, 40}, {990, 80}});
        PATTERNS.put(VerdictKind.OFFLINE, new int[][] {{523, 140}, {0, 60}, {392, 140}, {0, 60}, {262, 260}});
        PATTERNS.put(VerdictKind.ERROR, new int[][] {{220, 200}, {0, 50}, {196, 300}});
    }

    private final BooleanSupplier enabled;
    private final Output output;
    private final AtomicBoolean broken = new AtomicBoolean();
    private final ExecutorService player = Executors.newSingleThreadExecutor(DaemonThreads.named("verdict-sound"));

    /** Where the PCM goes: the default audio line (a seam for tests). */
    interface Output {
        void play(AudioFormat format, byte[] pcm) throws LineUnavailableException;
    }

    /** @param enabled read at each verdict (the "sounds" setting) */
    public ToneSounds(BooleanSupplier enabled) {
        this(enabled, ToneSounds::toSpeaker);
    }

    ToneSounds(BooleanSupplier enabled, Output output) {
        this.enabled = enabled;
        this.output = output;
    }

    @Override
    public void play(VerdictKind kind) {
        if (!enabled.getAsBoolean() || broken.get()) {
            return;
        }
        player.execute(() -> playNow(kind));
    }

    /** The PCM samples of a verdict's tone pattern (8-bit signed mono), for tests and playback. */
    static byte[] samples(VerdictKind kind) {
        int[][] pattern = PATTERNS.get(kind);
        int total = 0;
        for (int[] step : pattern) {
            total += (int) (RATE * step[1] / 1000);
        }
        byte[] pcm = new byte[total];
        int at = 0;
        for (int[] step : pattern) {
            int n = (int) (RATE * step[1] / 1000);
            for (int i = 0; i < n; i++) {
                double envelope = Math.min(1.0, Math.min(i, n - i) / (RATE * 0.008));
                double v = step[0] == 0 ? 0 : Math.sin(2 * Math.PI * step[0] * i / RATE) * envelope;
                pcm[at++] = (byte) Math.round(v * 90);
            }
        }
        return pcm;
    }

    private static void toSpeaker(AudioFormat format, byte[] pcm) throws LineUnavailableException {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        }
    }

    private void playNow(VerdictKind kind) {
        try {
            output.play(new AudioFormat(RATE, 8, 1, true, false), samples(kind));
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            if (broken.compareAndSet(false, true)) {
                LOG.info("No audio output ({}); verdict sounds are off for this session", e.toString());
            }
        }
    }

    /** Runs {@code action} on the player thread once what is queued now has played (for tests). */
    void afterQueued(Runnable action) {
        player.execute(action);
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}
