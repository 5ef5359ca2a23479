package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrafficTest extends SandboxTestBase {

    @Test
    void theServerCountsEveryRequestAndTheBodyBytesItSent() throws InterruptedException {
        long requestsBefore = server.traffic().requests();
        long bytesBefore = server.traffic().responseBytes();
        long sent = 0;
        for (int i = 0; i < 3; i++) {
            sent += client.get("/orders?limit=500", KEY).body().getBytes(StandardCharsets.UTF_8).length;
        }
        sent += client.get("/orders", "not-a-key").body().getBytes(StandardCharsets.UTF_8).length;
        // the server books a request when it completes, just after the client has the last byte
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (server.traffic().requests() - requestsBefore < 4 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(4, server.traffic().requests() - requestsBefore, "refused requests count too");
        assertEquals(sent, server.traffic().responseBytes() - bytesBefore);
        assertTrue(sent > 0);
    }
}
