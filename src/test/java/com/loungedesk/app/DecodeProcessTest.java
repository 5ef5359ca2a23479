package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.scan.source.DeclaredPng;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decode} as a script sees it: the jar's command in child JVMs, with the logging the app ships. */
class DecodeProcessTest {

    private static final Path DEMO = Path.of("assets", "demo-passes", "7777000022220001-qrcode.png").toAbsolutePath();

    @TempDir
    Path dir;

    /**
     * Logback once printed its status list on stdout about 1 run in 10 (a warning raced its start). Here the
     * log file cannot even be opened (its name is taken by a folder), so Logback has an error to report
     * on every run: it must go to stderr, and stdout must hold the result lines and nothing else.
     */
    @Test
    void stdoutCarriesOnlyTheResultLinesRunAfterRun() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs").resolve("loungedesk.log")).getParent();
        Path broken = Files.writeString(dir.resolve("broken.png"), "not a png");
        List<String> expected = List.of(DEMO + "\tQR_CODE\t7777000022220001",
                broken + "\tERROR\tnot an image this program can read (PNG, JPEG, GIF, BMP or WBMP)");
        for (int run = 0; run < 8; run++) {
            Result r = decode(List.of("-Dloungedesk.logdir=" + logs), DEMO.toString(), broken.toString());
            assertEquals(expected, r.stdout, "run " + run + ", stderr: " + r.stderr);
            assertEquals(1, r.exitCode);
        }
    }

    @Test
    void anImageBombIsRefusedAndALargeImageDecodedWithinASixtyFourMegabyteHeap() throws Exception {
        Path bomb = DeclaredPng.write(dir.resolve("bomb.png"), 20_000, 20_000, false);
        Path large = DeclaredPng.write(dir.resolve("large.png"), 6000, 6000, true); // 108 MB of pixels, 36 MP

        Result r = decode(List.of("-Xmx64m", "-Dloungedesk.logdir=" + dir.resolve("logs")),
                bomb.toString(), large.toString(), DEMO.toString());

        assertEquals(List.of(
                bomb + "\tERROR\tthe image declares 20000×20000 pixels (400 megapixels); images over 40 megapixels are refused",
                large + "\t-\t",
                DEMO + "\tQR_CODE\t7777000022220001"), r.stdout, r.stderr);
        assertEquals(1, r.exitCode);
    }

    private record Result(int exitCode, List<String> stdout, String stderr) {
    }

    private Result decode(List<String> jvmOptions, String... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Duser.home=" + dir.resolve("home"), "-cp", shippedClassPath(), Main.class.getName(), "decode"));
        command.addAll(Arrays.asList(files));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "decode never ended");
        return new Result(p.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The test class path without the test classes and resources (so logback-test.xml stays out). */
    static String shippedClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
