package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's start as a user's terminal sees it: the jar's default command in a child JVM. */
class ConsoleStartProcessTest {

    @TempDir
    Path dir;

    /** No DISPLAY and no Monocle: the toolkit cannot start, and the process must end with a sentence. */
    @Test
    void withNoDisplayTheConsoleEndsWithExitCodeOneAndOneSentenceNamingCauseAndFix() throws Exception {
        ProcessBuilder pb = console(List.of());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        try {
            assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the console never ended without a display");
        } finally {
            p.destroyForcibly();
        }

        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        assertEquals(List.of("LoungeDesk cannot open its window: there is no display to open it on (DISPLAY is not set)."
                + " Start it from a desktop session, install the desktop libraries (on Debian/Ubuntu: apt-get install -y"
                + " libgtk-3-0 libv4l-0), or use the command line (loungedesk --help)."), err.lines().toList());
        assertEquals("", Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
    }

    /** Under headless Monocle the window opens; nothing before it warns about the JavaFX configuration. */
    @Test
    void aNormalStartPrintsNoUnsupportedConfigurationWarning() throws Exception {
        Process p = console(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Dloungedesk.readyLine=true")).start();
        try {
            Path out = dir.resolve("out.txt");
            for (int i = 0; i < 1800 && p.isAlive() && !Files.readString(out).contains("READY"); i++) {
                Thread.sleep(100); // did it ever open the window? (a generous guard, not a time limit)
            }
            assertTrue(Files.readString(out).contains("READY"), "the console never showed its window: "
                    + Files.readString(dir.resolve("err.txt")));
        } finally {
            p.destroy();
            if (!p.waitFor(1, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        }
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertFalse(err.contains("Unsupported JavaFX configuration"), err);
        assertFalse(err.contains("WARNING"), err);
    }

    private ProcessBuilder console(List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Duser.home=" + dir.resolve("user"), "-Dloungedesk.home=" + dir.resolve("home"),
                "-cp", DecodeProcessTest.shippedClassPath(), Main.class.getName()));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
    }
}
