package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events not yet delivered when the sandbox is killed -9 are delivered after it restarts. */
class PushRestartTest {

    private static final String KEY = DemoPasses.DEMO_KEY;

    @TempDir
    Path dir;

    static {
        SandboxTestBase.quietLogs();
    }

    @Test
    void undeliveredEventsSurviveAKillAndAreDeliveredAfterRestart() throws Exception {
        Path db = dir.resolve("push.db");
        Path log = dir.resolve("push.log");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/hooks/dragonpass";
        Set<String> orders = new HashSet<>();
        try (ForkedSandbox first = new ForkedSandbox(db, log, "--push-retry-delay", "2000")) {
            SandboxClient client = new SandboxClient(first.baseUrl);
            assertEquals(200, client.post("/sandbox/subscribers", "{\"url\":\"" + url
                    + "\",\"events\":[\"walkin.redemption\"]}", KEY, null).status());
            for (int i = 0; i < 3; i++) {
                orders.add(client.redeem(KEY, "{\"redemptionCode\":\"" + DemoPasses.WALKIN_EPASS + "\"}")
                        .json().get("orderId").asText());
            }
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!allTriedOnce(client) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(allTriedOnce(client), "each event was tried against the receiver that is down");
            first.kill9();
        }
        try (PushReceiver receiver = new PushReceiver(n -> PushReceiver.SUCCESS).start(port);
             ForkedSandbox second = new ForkedSandbox(db, log, "--push-retry-delay", "2000")) {
            receiver.awaitPushes(3);
            Set<String> delivered = new HashSet<>();
            receiver.pushes.forEach(p -> delivered.add(p.json().get("orderId").asText()));
            assertEquals(orders, delivered);
            SandboxClient client = new SandboxClient(second.baseUrl);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (deliveries(client, "DELIVERED").size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            JsonNode done = deliveries(client, "DELIVERED");
            assertEquals(3, done.size());
            StringBuilder attempts = new StringBuilder();
            done.forEach(d -> attempts.append(d.get("attempts").asInt()).append(' '));
            System.out.println("[figures] after kill -9 and restart: " + receiver.pushes.size()
                    + " pushes received for 3 events; attempts per delivery: " + attempts.toString().trim());
            second.stop();
        }
    }

    private static boolean allTriedOnce(SandboxClient client) {
        JsonNode pending = deliveries(client, "PENDING");
        if (pending.size() != 3) {
            return false;
        }
        for (JsonNode d : pending) {
            if (d.get("attempts").asInt() < 1) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode deliveries(SandboxClient client, String status) {
        return client.get("/sandbox/deliveries?status=" + status, KEY).data().get("deliveries");
    }
}
