package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.push.PushEvent;
import com.loungedesk.push.PushKeys;
import com.loungedesk.push.PushLedger;
import com.loungedesk.push.PushVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loungedesk sandbox --push-style dragonpass --push-keys-dir DIR} as a separate process: it writes its
 * public key as a PEM file, and the desk's real receiver, given only that file, accepts its pushes.
 */
class PushStyleCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSandboxCommandSignsTheDragonPassWayWithTheKeyItWroteAsPem() throws Exception {
        Path keys = dir.resolve("keys");
        List<PushEvent> applied = new CopyOnWriteArrayList<>();
        try (ForkedSandbox sandbox = new ForkedSandbox(dir.resolve("sandbox.db"), dir.resolve("sandbox.log"),
                "--push-style", "dragonpass", "--push-keys-dir", keys.toString())) {
            List<PushKeys.KeyFile> pems;
            try (Stream<Path> files = Files.list(keys)) {
                pems = files.map(p -> new PushKeys.KeyFile(null, p)).toList();
            }
            assertEquals(1, pems.size());
            try (PushLedger ledger = new PushLedger(dir.resolve("push.db"));
                 com.loungedesk.push.PushReceiver receiver = new com.loungedesk.push.PushReceiver(
                         new PushVerifier(PushKeys.fromPemFiles(pems)), ledger, applied::add, Clock.systemUTC())
                         .start("127.0.0.1", 0)) {
                SandboxClient client = new SandboxClient(sandbox.baseUrl);
                assertEquals(200, client.post("/sandbox/subscribers", "{\"url\":\"http://127.0.0.1:" + receiver.port()
                        + com.loungedesk.push.PushReceiver.PATH + "\",\"events\":[\"walkin.redemption\"]}",
                        DemoPasses.DEMO_KEY, null).status());
                String orderId = client.redeem(DemoPasses.DEMO_KEY, "{\"redemptionCode\":\"" + DemoPasses.WALKIN_EPASS
                        + "\"}").json().get("orderId").asText();
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (applied.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertEquals(1, applied.size(), "the push was verified with the PEM key and applied");
                assertEquals(orderId, applied.get(0).orderId());
                assertTrue(applied.get(0).eventId() == null, "DragonPass sends no event id");
            }
        }
    }
}
