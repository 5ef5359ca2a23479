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
    /** JavaFX's own logger (java.util.logging); kept here so its filter sticks. */
    private static final java.util.logging.Logger JAVAFX = java.util.logging.Logger.getLogger("javafx");
    /**
     * The warning JavaFX prints at every start from the class path (the one jar runs that way on purpose,
     * see {@link Main}): it alarms desk staff and says nothing they can act on. Only this message is dropped.
     */
    static final String UNNAMED_MODULE_WARNING = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module";

    private LogSetup() {
    }

    /** Uses the log folder of {@link AppPaths#forThisUser()}; returns the folder logs go to. */
    public static Path init() {
        return init(AppPaths.forThisUser());
    }

    static Path init(AppPaths paths) {
        BRIDJ.setLevel(Level.WARNING);
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(UNNAMED_MODULE_WARNING));
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
