package com.loungedesk.app;

import com.loungedesk.util.DaemonThreads;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * An appender whose real appender is built and started on a thread of its own (a rolling file appender
 * costs tens of milliseconds of calendar and locale set-up, which the window should not wait for).
 * Events that come before it is ready are kept, in order, and handed over first; if it never becomes
 * ready, at most {@value #KEEP} are kept and the oldest dropped.
 */
final class LateStartAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    static final int KEEP = 10_000;
    private final Deque<ILoggingEvent> early = new ArrayDeque<>();
    private final Thread starter;
    private Appender<ILoggingEvent> delegate;

    LateStartAppender(String name, Supplier<Appender<ILoggingEvent>> build) {
        setName(name);
        starter = DaemonThreads.start("log-" + name.toLowerCase(java.util.Locale.ROOT) + "-start",
                () -> ready(build.get()));
    }

    private synchronized void ready(Appender<ILoggingEvent> started) {
        while (!early.isEmpty()) {
            started.doAppend(early.poll());
        }
        delegate = started;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (delegate != null) {
            delegate.doAppend(event);
            return;
        }
        event.prepareForDeferredProcessing(); // thread name, message and MDC as they are now
        if (early.size() == KEEP) {
            early.poll();
        }
        early.add(event);
    }

    /** Waits (a few seconds at most) for the real appender, so what was kept is written, then stops it. */
    @Override
    public void stop() {
        try {
            starter.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (delegate != null) {
                delegate.stop();
            }
            super.stop();
        }
    }
}
