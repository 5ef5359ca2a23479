package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class LateStartAppenderTest {

    @Test
    void eventsBeforeTheRealAppenderIsReadyAreWrittenFirstAndInOrder() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        CountDownLatch slowStart = new CountDownLatch(1);
        ListAppender<ILoggingEvent> real = new ListAppender<>();
        real.setContext(context);
        LateStartAppender late = new LateStartAppender("TEST", () -> {
            try {
                slowStart.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            real.start();
            return real;
        });
        late.setContext(context);
        late.start();
        Logger log = context.getLogger("desk");
        log.setLevel(Level.INFO);
        log.addAppender(late);

        log.info("first {}", 1);
        log.info("second");
        assertTrue(real.list.isEmpty());
        slowStart.countDown();
        late.stop(); // waits for the real appender, which gets what was kept
        List<String> written = real.list.stream().map(ILoggingEvent::getFormattedMessage).toList();

        assertEquals(List.of("first 1", "second"), written);
        assertEquals(Thread.currentThread().getName(), real.list.get(0).getThreadName());
    }

    @Test
    void onceReadyEventsGoStraightThrough() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        ListAppender<ILoggingEvent> real = new ListAppender<>();
        CountDownLatch built = new CountDownLatch(1);
        LateStartAppender late = new LateStartAppender("TEST", () -> {
            real.start();
            built.countDown();
            return real;
        });
        late.setContext(context);
        late.start();
        built.await();
        Logger log = context.getLogger("desk");
        log.addAppender(late);
        for (int i = 0; i < 20 && real.list.isEmpty(); i++) {
            log.warn("now");
            Thread.sleep(10);
        }

        assertEquals("now", real.list.get(0).getFormattedMessage());
    }
}
