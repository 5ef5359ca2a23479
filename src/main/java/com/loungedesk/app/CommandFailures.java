package com.loungedesk.app;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command that failed with an exception prints: one sentence on stderr that names the command,
 * the reason and the log file; the stack trace goes to the log file only. Every command's unexpected
 * failure passes here (picocli's own handler would print the whole trace on the terminal).
 */
final class CommandFailures implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CommandFailures.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        String name = command.getCommandSpec().qualifiedName();
        LOG.error("{} failed", name, e);
        command.getErr().println(sentence(name, e));
        command.getErr().flush();
        return ExitCodes.ERROR;
    }

    /** A command's stray thread that dies: the same one sentence on stderr, the trace in the log file. */
    static void catchStrayThreads() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.error("Uncaught error on thread {}", thread.getName(), e);
            System.err.println(sentence("loungedesk (thread " + thread.getName() + ")", e));
        });
    }

    static String sentence(String command, Throwable e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getMessage().strip();
        if (reason.contains("\n")) {
            reason = reason.substring(0, reason.indexOf('\n')).strip();
        }
        return command + " failed: " + reason + (reason.endsWith(".") ? "" : ".")
                + " Details are in " + logFile() + ".";
    }

    private static String logFile() {
        String dir = System.getProperty(LogSetup.LOG_DIR_PROPERTY);
        return dir == null || dir.isBlank() ? "the log file" : Path.of(dir, "loungedesk.log").toString();
    }
}
