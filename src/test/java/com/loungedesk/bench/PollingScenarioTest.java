package com.loungedesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PollingScenarioTest {

    @TempDir
    Path dir;

    @Test
    void theCarefulClientPagesThroughTheWholeListAndTheServerCountsEachPage() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.of(dir.resolve("s.db")))) {
            Backend backend = new Backend() {
                @Override
                public String baseUrl() {
                    return server.baseUrl();
                }

                @Override
                public String apiKey() {
                    return DemoPasses.DEMO_KEYS.get(0);
                }

                @Override
                public Served served() {
                    return new Served(server.traffic().requests(), server.traffic().responseBytes());
                }

                @Override
                public void close() {
                }
            };
            int orders = 2 * PollingScenario.LARGEST_PAGE + 7;
            backend.preload(orders);
            Backend.Served before = backend.served();
            DeskHttp http = new DeskHttp(backend, 1);
            try {
                assertEquals(3, PollingScenario.refetchTodaysOrders(http, orders), "two full pages and a short one");
            } finally {
                http.close();
            }
            long end = System.nanoTime() + 10_000_000_000L;
            while (backend.served().since(before).requests() < 3 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            Backend.Served served = backend.served().since(before);
            assertEquals(3, served.requests());
            assertTrue(served.bytes() > orders * 100L, "every order's JSON was sent: " + served.bytes());
        }
    }
}
