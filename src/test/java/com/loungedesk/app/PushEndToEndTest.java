package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.orders.UsageOrder;
import com.loungedesk.sandbox.DemoPasses;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushes end to end over real HTTP: the sandbox signs and delivers, the console's receiver verifies,
 * records and feeds the tracker. Polling is parked for an hour here, so only a push can bring news.
 */
class PushEndToEndTest {

    @TempDir
    Path dir;
    private SandboxFixture sandbox;
    private ClientServices services;
    private PushLink push;

    @BeforeEach
    void start() throws Exception {
        sandbox = new SandboxFixture(dir);
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

    private void openReceiver() throws Exception {
        push = PushLink.start(new DeskSettings.PushSettings(true, "127.0.0.1", 0, ""), sandbox.url(),
                DemoPasses.DEMO_KEYS, services, dir.resolve("data"), true);
    }

    @Test
    void anotherDesksWalkInAndItsCancellationArriveByPushWithoutAPoll() throws Exception {
        openReceiver();
        JsonNode order = sandbox.post("/sandbox/simulate/walkin",
                "{\"reference\":\"" + DemoPasses.WALKIN_EPASS + "\",\"guests\":1}");
        String orderId = order.get("orderId").asText();
        waitFor(() -> status(orderId).filter(s -> s == OrderStatus.USED).isPresent());
        assertEquals(1, tracked(orderId).orElseThrow().guests());

        sandbox.post("/sandbox/simulate/cancel/" + orderId, "{}");
        waitFor(() -> status(orderId).filter(s -> s == OrderStatus.CANCELLED).isPresent());
    }

    @Test
    void eventsMissedWhileTheReceiverWasDownAreRecoveredOnStart() throws Exception {
        JsonNode order = sandbox.post("/sandbox/simulate/walkin", "{\"reference\":\"" + DemoPasses.WALKIN_EPASS + "\"}");
        String orderId = order.get("orderId").asText();
        openReceiver();
        assertTrue(push.recover() >= 1, "recovery applied the missed event");
        assertEquals(OrderStatus.USED, status(orderId).orElseThrow());
        assertEquals(0, push.recover(), "a second recovery applies nothing twice");
    }

    private Optional<UsageOrder> tracked(String orderId) {
        return services.tracker().snapshot().stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }

    private Optional<OrderStatus> status(String orderId) {
        return tracked(orderId).map(UsageOrder::status);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not seen within 30 s");
            }
            Thread.sleep(50);
        }
    }
}
