package com.loungedesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

/**
 * Points Logback at the user's log folder. Must run before the first SLF4J logger is created:
 * {@link DeskLogConfigurator} reads the folder from the {@value #LOG_DIR_PROPERTY} system property.
 * A folder given on the command line ({@code -Dloungedesk.logdir=...}) wins.
 */
public final class LogSetup {

    public static final String LOG_DIR_PROPERTY = "loungedesk.logdir";

    /** BridJ (under webcam-capture) logs through java.util.logging; kept here so the level sticks. */
    private static final java.util.logging.Logger BRIDJ = java.util.logging.Logger.getLogger("org.bridj");

    private LogSetup() {
    }

    /** Uses the log folder of {@link AppPaths#forThisUser()}; returns the folder logs go to. */
    public static Path init() {
        return init(AppPaths.forThisUser());
    }

    static Path init(AppPaths paths) {
        BRIDJ.setLevel(Level.WARNING);
        String given = System.getProperty(LOG_DIR_PROPERTY);
        Path wanted = given == null || given.isBlank() ? paths.logDir() : Path.of(given);
        Path dir = usable(wanted);
        System.setProperty(LOG_DIR_PROPERTY, dir.toAbsolutePath().toString());
        return dir;
    }

    private static Path usable(Path wanted) {
        try {
            Files.createDirectories(wanted);
            if (Files.isWritable(wanted)) {
                return wanted;
            }
            System.err.println("LoungeDesk: cannot write logs to " + wanted + "; using the temp folder");
        } catch (IOException | SecurityException e) {
            System.err.println("LoungeDesk: cannot create the log folder " + wanted + " (" + e
                    + "); using the temp folder");
        }
        Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "loungedesk-logs");
        try {
            Files.createDirectories(fallback);
        } catch (IOException e) {
            System.err.println("LoungeDesk: cannot create " + fallback + " either (" + e + ")");
        }
        return fallback;
    }
}
