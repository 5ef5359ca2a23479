package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 a forked sandbox under redeem load, restart it on the same file, check nothing was lost or doubled. */
class RestartTest {

    private static final String KEY = DemoPasses.DEMO_KEY;

    @TempDir
    Path dir;

    static {
        SandboxTestBase.quietLogs();
    }

    @Test
    void killedUnderLoadAndRestartedLosesNoRedemptionAndDoublesNothing() throws Exception {
        Path db = dir.resolve("forked.db");
        Path log = dir.resolve("forked.log");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        String reference;
        try (ForkedSandbox first = new ForkedSandbox(db, log)) {
            assertEquals(List.of("listening on " + first.baseUrl), first.stdoutLines);
            assertTrue(first.baseUrl.startsWith("http://127.0.0.1:"));
            SandboxClient client = new SandboxClient(first.baseUrl);
            reference = client.post("/sandbox/passes", "{\"kind\":\"walkin\",\"entitlements\":100,\"guestsAllowed\":0}",
                    KEY, null).data().get("reference").asText();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                load.submit(() -> {
                    while (running.get()) {
                        attempts.incrementAndGet();
                        try {
                            SandboxClient.Answer a = client.redeem(KEY, "{\"redemptionCode\":\"" + reference + "\"}");
                            if (a.status() == 200) {
                                acknowledged.add(a.json().get("orderId").asText());
                            }
                        } catch (RuntimeException connectionLost) {
                            running.set(false);
                        }
                    }
                    return null;
                });
            }
            while (acknowledged.size() < 15) {
                Thread.sleep(20);
            }
            first.kill9();
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));
            client.http.connectionPool().evictAll();
        }

        try (ForkedSandbox second = new ForkedSandbox(db, log)) {
            SandboxClient client = new SandboxClient(second.baseUrl);
            JsonNode item = client.octoGet("/octo/redemption/lookup?reference=" + reference, KEY).json().get(0);
            int used = 100 - item.get("pass").get("entitlementsLeft").asInt();
            List<String> usedOrders = new ArrayList<>();
            for (JsonNode o : client.get("/orders?limit=500", KEY).data().get("orders")) {
                if (o.get("bookingReference").asText().equals(reference) && o.get("status").asInt() == 2) {
                    usedOrders.add(o.get("orderId").asText());
                }
            }
            System.out.println("[figures] kill -9 under load: " + attempts.get() + " redeem attempts, "
                    + acknowledged.size() + " acknowledged, " + usedOrders.size() + " Used orders after restart, "
                    + used + " entitlements used");
            assertEquals(used, usedOrders.size(), "entitlements used == Used walk-in orders");
            assertEquals(usedOrders.size(), new HashSet<>(usedOrders).size(), "no order doubled");
            assertTrue(usedOrders.containsAll(acknowledged), "every acknowledged redemption survived");
            assertTrue(usedOrders.size() <= acknowledged.size() + 4, "at most the in-flight requests were added");
            assertEquals(200, client.redeem(KEY, "{\"redemptionCode\":\"" + reference + "\"}").status());
            assertEquals(143, second.stop(), "SIGTERM stops the sandbox cleanly");
        }
        assertInvariantHoldsForEveryPass(db);
    }

    private static void assertInvariantHoldsForEveryPass(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT p.reference, p.entitlements_total - p.entitlements_left,"
                     + " (SELECT count(*) FROM orders o WHERE o.booking_reference = p.reference AND o.category = 1"
                     + " AND o.status = 2) FROM passes p WHERE p.kind = 'EPASS'")) {
            int passes = 0;
            while (rs.next()) {
                passes++;
                assertEquals(rs.getInt(2), rs.getInt(3), "pass " + rs.getString(1));
            }
            assertTrue(passes >= 5);
        }
    }
}
