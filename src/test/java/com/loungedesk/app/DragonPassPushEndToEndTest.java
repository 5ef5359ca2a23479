package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.orders.UsageOrder;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.PushSettings;
import com.loungedesk.sandbox.PushStyle;
import com.loungedesk.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox pushing the DragonPass v2 way ({@code --push-style dragonpass}) to the console's receiver,
 * with the public keys handed over as PEM files, through a key rotation: each push reaches the order
 * tracker ({@code OrderTracker.acceptPushed}). Polling is parked for an hour, so only a push brings news.
 */
class DragonPassPushEndToEndTest {

    @TempDir
    Path dir;
    private SandboxFixture sandbox;
    private ClientServices services;
    private PushLink push;

    @BeforeEach
    void start() throws Exception {
        sandbox = new SandboxFixture(SandboxConfig.of(dir.resolve("sandbox.db")).withPush(PushSettings.DEFAULT
                .withStyle(PushStyle.DRAGONPASS).withPublicKeysDir(keys())));
        OrderTracker.Settings parked = new OrderTracker.Settings(Duration.ofHours(1), Duration.ofHours(1), 3, 20_000,
                null);
        services = ClientServices.open(SandboxFixture.settings(sandbox.url()), sandbox.url(), dir.resolve("data"),
                dir.resolve("config"), parked);
    }

    @AfterEach
    void stop() throws Exception {
        if (push != null) {
            push.close();
        }
        services.close();
        sandbox.close();
    }

    private Path keys() {
        return dir.resolve("keys");
    }

    /** The desk's push settings as an operator writes them: the PEM files in the folder, kid = file name. */
    private DeskSettings.PushSettings settings(int port) throws Exception {
        try (Stream<Path> files = Files.list(keys())) {
            List<DeskSettings.PublicKeyFile> pems = files.filter(p -> p.toString().endsWith(".pem")).sorted()
                    .map(p -> new DeskSettings.PublicKeyFile(null, p.toString())).toList();
            return new DeskSettings.PushSettings(true, "127.0.0.1", port, "", pems);
        }
    }

    private void restartReceiverWithTheKeysNowInTheFolder() throws Exception {
        int port = push.port();
        push.close();
        push = PushLink.start(settings(port), sandbox.url(), DemoPasses.DEMO_KEYS, services, dir.resolve("data"), false);
    }

    @Test
    void dragonPassStylePushesReachTheTrackerBeforeDuringAndAfterAKeyRotation() throws Exception {
        push = PushLink.start(settings(0), sandbox.url(), DemoPasses.DEMO_KEYS, services, dir.resolve("data"), true);
        JsonNode order = sandbox.post("/sandbox/simulate/walkin",
                "{\"reference\":\"" + DemoPasses.WALKIN_EPASS + "\",\"guests\":1}");
        String walkIn = order.get("orderId").asText();
        waitFor(() -> status(walkIn).filter(s -> s == OrderStatus.USED).isPresent());
        assertEquals(1, tracked(walkIn).orElseThrow().guests());
        sandbox.post("/sandbox/simulate/cancel/" + walkIn, "{}");
        waitFor(() -> status(walkIn).filter(s -> s == OrderStatus.CANCELLED).isPresent());

        JsonNode rotated = sandbox.post("/sandbox/keys/rotate", "");
        String oldKid = rotated.get("keys").get(0).get("kid").asText();
        restartReceiverWithTheKeysNowInTheFolder();
        List<String> overlap = ids(sandbox.post("/sandbox/simulate/busy-day", "{\"orders\":12}"));
        waitFor(() -> overlap.stream().allMatch(id -> status(id).filter(s -> s == OrderStatus.USED).isPresent()));

        sandbox.post("/sandbox/keys/retire", "{\"kid\":\"" + oldKid + "\"}");
        restartReceiverWithTheKeysNowInTheFolder();
        List<String> after = ids(sandbox.post("/sandbox/simulate/busy-day", "{\"orders\":3}"));
        waitFor(() -> after.stream().allMatch(id -> status(id).filter(s -> s == OrderStatus.USED).isPresent()));
    }

    private static List<String> ids(JsonNode data) {
        List<String> ids = new java.util.ArrayList<>();
        data.get("orderIds").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    private Optional<UsageOrder> tracked(String orderId) {
        return services.tracker().snapshot().stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }

    private Optional<OrderStatus> status(String orderId) {
        return tracked(orderId).map(UsageOrder::status);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not seen within 60 s");
            }
            Thread.sleep(50);
        }
    }
}
