package com.loungedesk.app;

import com.loungedesk.bench.Backend;
import com.loungedesk.bench.SandboxLoadScenario;
import com.loungedesk.bench.Scenario;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The benchmark scenarios, in the order they run, wired to real parts. */
final class BenchScenarios {
    private BenchScenarios() {
    }

    static List<Scenario> all() {
        return List.of(new SandboxLoadScenario(BenchScenarios::freshSandbox));
    }

    /** An in-process sandbox on loopback, on its own throw-away database file. */
    static Backend freshSandbox() throws IOException {
        Path dir = Files.createTempDirectory("loungedesk-bench");
        SandboxServer server = SandboxServer.start(SandboxConfig.of(dir.resolve("sandbox.db")));
        return new Backend() {
            @Override
            public String baseUrl() {
                return server.baseUrl();
            }

            @Override
            public String apiKey() {
                return DemoPasses.DEMO_KEYS.get(0);
            }

            @Override
            public void close() throws IOException {
                server.close();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        };
    }
}
