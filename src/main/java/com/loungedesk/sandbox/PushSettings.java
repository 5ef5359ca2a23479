package com.loungedesk.sandbox;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the sandbox delivers push events: attempts per event and subscriber (first try plus
 * retries), the delay before the first retry (doubling after each failure), the time one attempt
 * may take, parallel workers, how long a push's JWT stays valid, how pushes are signed and sent
 * ({@link PushStyle}), and a folder to write the public keys into as PEM files (null = none).
 */
public record PushSettings(int maxAttempts, Duration firstRetryDelay, Duration attemptTimeout, int workers,
                           Duration tokenLifetime, PushStyle style, Path publicKeysDir) {

    /** 4 attempts (3 retries after 1 s, 2 s, 4 s), 5 s per attempt, 4 workers, 5-minute tokens, our style. */
    public static final PushSettings DEFAULT = new PushSettings(4, Duration.ofSeconds(1), Duration.ofSeconds(5), 4,
            Duration.ofMinutes(5));

    public PushSettings {
        if (maxAttempts < 1 || workers < 1) {
            throw new IllegalArgumentException("maxAttempts and workers must be at least 1");
        }
        if (firstRetryDelay.isNegative() || attemptTimeout.isNegative() || attemptTimeout.isZero()
                || tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("push durations must be positive");
        }
        style = style == null ? PushStyle.LOUNGEDESK : style;
    }

    public PushSettings(int maxAttempts, Duration firstRetryDelay, Duration attemptTimeout, int workers,
                        Duration tokenLifetime) {
        this(maxAttempts, firstRetryDelay, attemptTimeout, workers, tokenLifetime, PushStyle.LOUNGEDESK, null);
    }

    public PushSettings withFirstRetryDelay(Duration delay) {
        return new PushSettings(maxAttempts, delay, attemptTimeout, workers, tokenLifetime, style, publicKeysDir);
    }

    public PushSettings withAttemptTimeout(Duration timeout) {
        return new PushSettings(maxAttempts, firstRetryDelay, timeout, workers, tokenLifetime, style, publicKeysDir);
    }

    public PushSettings withStyle(PushStyle newStyle) {
        return new PushSettings(maxAttempts, firstRetryDelay, attemptTimeout, workers, tokenLifetime, newStyle,
                publicKeysDir);
    }

    /** Writes each live public key to {@code dir/<kid>.pem}, now and after every rotation or retirement. */
    public PushSettings withPublicKeysDir(Path dir) {
        return new PushSettings(maxAttempts, firstRetryDelay, attemptTimeout, workers, tokenLifetime, style, dir);
    }

    /** The wait after the n-th failed attempt (1-based): first delay, doubled each time. */
    Duration delayAfter(int failedAttempts) {
        return firstRetryDelay.multipliedBy(1L << Math.min(20, Math.max(0, failedAttempts - 1)));
    }
}
