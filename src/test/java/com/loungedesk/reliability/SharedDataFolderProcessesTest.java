package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.sandbox.DemoPasses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tester's trial of issue 19 as it was made: the CLI in separate JVMs on one {@code --data-dir},
 * three {@code redeem}s and a {@code journal sync} at once, three rounds. Each redeem syncs the outbox
 * first, so every process meets the others' fresh entries. Nothing is doubled or lost in the journal.
 */
class SharedDataFolderProcessesTest {

    @TempDir
    Path dir;
    private LiveSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = new LiveSandbox(dir);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Process cli(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "com.loungedesk.app.Main"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--backend", sandbox.url(), "--api-key", DemoPasses.DEMO_KEY, "--data-dir",
                dir.resolve("desk").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LOUNGEDESK_HOME", dir.resolve("home").toString());
        return pb.start();
    }

    private static String finish(Process p) throws Exception {
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a CLI process did not end");
        return text;
    }

    @Test
    void threeCliRedeemsAndASyncAtOnceJournalEachEffectOnce() throws Exception {
        int desks = 3;
        int rounds = 3;
        List<String> passes = new ArrayList<>();
        for (int i = 0; i < desks * rounds; i++) {
            passes.add(sandbox.newWalkIn(1));
        }
        for (int r = 0; r < rounds; r++) {
            List<Process> running = new ArrayList<>();
            for (int d = 0; d < desks; d++) {
                running.add(cli("redeem", passes.get(r * desks + d), "--operator", "op" + d));
            }
            Process sync = cli("journal", "sync");
            for (Process p : running) {
                String out = finish(p);
                assertEquals(0, p.exitValue(), out);
                assertTrue(out.contains("VALID"), out);
            }
            String synced = finish(sync);
            assertTrue(sync.exitValue() == 0 || sync.exitValue() == 3, synced);
        }
        SharedDataFolderTest.assertOneEntryPerEffect(sandbox, passes, dir.resolve("desk"),
                dir.resolve("home").resolve("config"));
    }
}
