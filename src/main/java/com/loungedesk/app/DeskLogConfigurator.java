package com.loungedesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.LevelFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * LoungeDesk's logging, set up in code (found by Logback through {@code META-INF/services}): parsing an
 * XML configuration cost a few hundred milliseconds of every start, and the rolling file starts on a
 * thread of its own ({@link LateStartAppender}). A rolling file in the log folder that
 * {@link LogSetup} chose (by day and by 5 MB, 14 days, never more than 50 MB in all) gets INFO and up
 * with stack traces; stderr gets warnings only, one line each and never a stack trace (an error ends an
 * action, and whoever started it, a command or the console, says so in its own sentence; the trace is in
 * the file), so CLI output on stdout stays clean and a terminal shows no traces; the embedded server and the
 * webcam stack, which talk a lot at INFO, log warnings only. A {@code logback-test.xml} on the class path
 * or {@code -Dlogback.configurationFile=...} takes over instead.
 */
public final class DeskLogConfigurator extends ContextAwareBase implements Configurator {

    static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n%nopex";
    private static final String[] CHATTY = {"org.eclipse.jetty", "io.javalin", "com.github.sarxos", "org.bridj"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        // first: with a listener there, Logback never prints its status list on stdout
        context.getStatusManager().add(new LogStatusToStderr(System.err));
        if (System.getProperty("logback.configurationFile") != null
                || DeskLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String dir = System.getProperty(LogSetup.LOG_DIR_PROPERTY);
        apply(context, dir == null || dir.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "loungedesk-logs") : Path.of(dir));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context} to log into {@code logDir} and to stderr as described above. */
    public static void apply(LoggerContext context, Path logDir) {
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        LateStartAppender file = new LateStartAppender("FILE", () -> rollingFile(context, logDir));
        file.setContext(context);
        file.start();
        root.addAppender(file);
        root.addAppender(warningsToStderr(context));
        for (String name : CHATTY) {
            context.getLogger(name).setLevel(Level.WARN);
        }
    }

    private static Appender<ILoggingEvent> rollingFile(LoggerContext context, Path logDir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logDir.resolve("loungedesk.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(logDir.resolve("loungedesk.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("5MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.start();
        file.setRollingPolicy(policy); // the policy triggers too: setting it again as such is warned about
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();
        return file;
    }

    private static ConsoleAppender<ILoggingEvent> warningsToStderr(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        LevelFilter warnings = new LevelFilter();
        warnings.setLevel(Level.WARN);
        warnings.setOnMatch(FilterReply.ACCEPT);
        warnings.setOnMismatch(FilterReply.DENY);
        warnings.start();
        console.addFilter(warnings);
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();
        return console;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
