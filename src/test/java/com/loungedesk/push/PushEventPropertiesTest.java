package com.loungedesk.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.OrdersClient;
import com.loungedesk.app.PushOrders;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.OrderTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Whatever arrives, parsing a push gives an event that says what the JSON said, or a plain refusal; and
 * whatever the order, the duplicates and the failed applies of a provider's deliveries, each event is
 * applied once and every order ends where the rules put it (a cancellation wins even when it came first).
 * Every try reaches its assertions: nothing returns early.
 */
class PushEventPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JSON.getNodeFactory();
    private static final List<String> FIELDS = List.of("eventType", "eventId", "orderId", "status", "module",
            "category", "orderCreatedDate", "orderCancelledDate", "statusChangedDate", "passengers", "previousStatus",
            "currentStatus", "usageDate", "remarks", "programId", "dpId");

    private Path ledgerDir;
    private PushLedger ledger;
    private HttpGateway gateway;
    private OrderTracker tracker;
    private final AtomicInteger run = new AtomicInteger();

    @BeforeProperty
    void open() throws Exception {
        ledgerDir = Files.createTempDirectory("push-properties");
        ledger = new PushLedger(ledgerDir.resolve("push.db"));
        gateway = new HttpGateway(ApiConfig.of("http://127.0.0.1:9", false), Json.mapper());
        tracker = new OrderTracker(new OrdersClient(gateway), List.of("k"), OrderTracker.Settings.defaults(),
                Clock.systemUTC(), () -> 0);
    }

    @AfterProperty
    void close() throws Exception {
        tracker.close();
        gateway.close();
        ledger.close();
        try (var files = Files.walk(ledgerDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Any JSON object built from the payload's field names (and others) with values of any type. */
    @Property(tries = 2000)
    void anyJsonObjectGivesAnEventTrueToItOrAPlainRefusal(@ForAll("anyPayload") ObjectNode payload) {
        checkParse(payload);
    }

    /** A good walk-in payload with up to six fields replaced by values of the wrong type, size or shape. */
    @Property(tries = 2000)
    void mutatedPayloadsGiveAnEventTrueToThemOrAPlainRefusal(@ForAll("mutations") ObjectNode payload) {
        checkParse(payload);
    }

    @Property(tries = 500)
    void wellFormedWalkInsKeepTheirFields(@ForAll("orderIds") String orderId, @ForAll("walkInStatus") int status) {
        ObjectNode n = base();
        n.put("orderId", orderId);
        n.put("status", status);
        PushEvent e = PushEvent.parse(n, "evt_1");
        assertEquals(orderId, e.orderId());
        assertEquals(status, e.status());
        assertEquals(1, e.category());
        assertEquals("evt_1", e.dedupeKey());
    }

    /**
     * A provider's deliveries for a few orders (created, and for some cancelled), each event sent one to three
     * times, some with an eventId and some without (DragonPass v2 sends none), in any order, and some applies
     * failing (the provider then sends that delivery again later). Each event is applied exactly once, the
     * duplicates are acknowledged without applying, and each order ends CANCELLED if it was cancelled (even
     * when the cancellation came first) and USED otherwise.
     */
    @Property(tries = 300)
    void anyOrderOfDeliveriesWithDuplicatesAndFailedAppliesAppliesEachEventOnceAndCancellationWins(
            @ForAll("histories") List<Delivery> deliveries) throws Exception {
        String tryId = "T" + run.incrementAndGet() + "-";
        Map<String, Integer> appliedPerEvent = new HashMap<>();
        Set<String> failedOnce = new HashSet<>();
        Deque<Delivery> queue = new ArrayDeque<>(deliveries);
        int recorded = 0;
        int duplicates = 0;
        int failures = 0;
        while (!queue.isEmpty()) {
            Delivery d = queue.poll();
            String body = d.body(tryId);
            PushEvent event = PushEvent.parse(JSON.readTree(body), null);
            try {
                PushLedger.Outcome outcome = ledger.applyOnce(null, event, body, Instant.now(), e -> {
                    if (d.failsFirst() && failedOnce.add(d.id())) {
                        throw new IllegalStateException("apply failed");
                    }
                    tracker.acceptPushed(PushOrders.toUsageOrder(e));
                    appliedPerEvent.merge(e.dedupeKey(), 1, Integer::sum);
                });
                if (outcome == PushLedger.Outcome.RECORDED) {
                    recorded++;
                } else {
                    assertEquals(PushLedger.Outcome.DUPLICATE_EVENT, outcome);
                    duplicates++;
                }
            } catch (IllegalStateException e) {
                failures++;
                queue.add(d);
            }
        }
        Set<String> distinct = new HashSet<>();
        for (Delivery d : deliveries) {
            distinct.add(PushEvent.parse(JSON.readTree(d.body(tryId)), null).dedupeKey());
        }
        assertEquals(distinct.size(), recorded, "each event recorded once");
        assertEquals(deliveries.size() - distinct.size(), duplicates, "every resend acknowledged as a duplicate");
        assertEquals(failures, failedOnce.size(), "each failed apply was sent again");
        assertEquals(distinct, appliedPerEvent.keySet());
        assertTrue(appliedPerEvent.values().stream().allMatch(n -> n == 1), "applied once each: " + appliedPerEvent);
        for (Delivery d : deliveries) {
            OrderStatus expected = d.orderCancelled() ? OrderStatus.CANCELLED : OrderStatus.USED;
            assertEquals(expected, tracker.tracked(tryId + d.orderId()).orElseThrow().order().status(), d.orderId());
        }
    }

    /** One delivery: which order (and whether it ends cancelled), which event, and whether its first apply fails. */
    record Delivery(String id, String orderId, boolean orderCancelled, int status, boolean withEventId,
                    boolean failsFirst) {
        Delivery ofOrder(String newOrderId) {
            return new Delivery(newOrderId + id.substring(orderId.length()), newOrderId, orderCancelled, status,
                    withEventId, failsFirst);
        }

        /** The JSON body, its order id prefixed so each try has orders of its own. */
        String body(String prefix) {
            return walkIn(prefix + orderId, status, withEventId ? prefix + orderId + "-" + status : null);
        }
    }

    @Provide
    Arbitrary<List<Delivery>> histories() {
        Arbitrary<List<Delivery>> oneOrder = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3),
                Arbitraries.of(true, false).list().ofSize(6)).as((cancelled, withIds, createdCopies, cancelCopies, fails) -> {
                    String orderId = "DP";
                    List<Delivery> list = new ArrayList<>();
                    for (int i = 0; i < createdCopies; i++) {
                        list.add(new Delivery(orderId + "/c" + i, orderId, cancelled, 2, withIds, fails.get(i)));
                    }
                    for (int i = 0; cancelled && i < cancelCopies; i++) {
                        list.add(new Delivery(orderId + "/x" + i, orderId, true, 3, withIds, fails.get(3 + i)));
                    }
                    return list;
                });
        return oneOrder.list().ofMinSize(1).ofMaxSize(3).flatMap(orders -> {
            List<Delivery> all = new ArrayList<>();
            for (int k = 0; k < orders.size(); k++) {
                for (Delivery d : orders.get(k)) {
                    all.add(d.ofOrder("DP" + k));
                }
            }
            return Arbitraries.shuffle(all);
        });
    }

    private static String walkIn(String orderId, int status, String eventId) {
        ObjectNode n = JSON.createObjectNode();
        if (eventId != null) {
            n.put("eventId", eventId);
        }
        n.put("eventType", "walkin.redemption").put("orderId", orderId).put("programId", "1888000000000001")
                .put("dpId", "8888000066668888").put("module", 1).put("status", status)
                .put("orderCreatedDate", "2026-11-23T10:00:00+00:00").put("usageDate", "2026-11-23T10:00:00+00:00");
        n.put("orderCancelledDate", status == 3 ? "2026-11-23T10:30:00+00:00" : null);
        n.put("transportHubName", "Gatwick Airport").put("resourceName", "No1 Lounge Gatwick North");
        n.putObject("passengers").put("cardholder", 1).put("guests", 0);
        return n.toString();
    }

    /** Parses; an event must say what the JSON said, a refusal must be a plain IllegalArgumentException. */
    private static void checkParse(ObjectNode payload) {
        PushEvent e;
        try {
            e = PushEvent.parse(payload, null);
        } catch (IllegalArgumentException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a refusal has a reason");
            return;
        }
        String type = payload.get("eventType").asText();
        assertEquals(type, e.eventType());
        assertEquals(payload.get("orderId").asText(), e.orderId());
        JsonNode id = payload.get("eventId");
        assertEquals(id == null || id.isNull() ? null : id.asText(), e.eventId());
        if (PushEvent.WALKIN.equals(type)) {
            assertTrue(e.status() == 2 || e.status() == 3, "walk-in status " + e.status());
            assertEquals(payload.get("status").intValue(), e.status());
            assertEquals(1, e.category());
        } else {
            assertEquals(PushEvent.PREBOOKING, type);
            assertEquals(payload.get("currentStatus").intValue(), e.status());
            assertEquals(2, e.category());
        }
        assertFalse(e.dedupeKey().isBlank());
    }

    @Provide
    Arbitrary<ObjectNode> anyPayload() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(12));
        return Combinators.combine(names.list().ofMaxSize(12), anyValue(2).list().ofSize(12),
                Arbitraries.of("walkin.redemption", "prebooking.statusChanged", "other", ""),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(30)).as((fs, vs, type, orderId) -> {
                    ObjectNode n = JSON.createObjectNode();
                    n.put("eventType", type);
                    n.put("orderId", orderId);
                    for (int i = 0; i < fs.size(); i++) {
                        n.set(fs.get(i), vs.get(i));
                    }
                    return n;
                });
    }

    private static Arbitrary<JsonNode> anyValue(int depth) {
        List<Arbitrary<JsonNode>> leaves = List.of(
                Arbitraries.strings().ofMaxLength(600).map(NODES::textNode),
                Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.longs().map(l -> (JsonNode) NODES.numberNode(l)),
                Arbitraries.doubles().map(d -> (JsonNode) NODES.numberNode(d)),
                Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
                Arbitraries.just((JsonNode) NODES.nullNode()),
                Arbitraries.of("2026-11-23T10:00:00+00:00", "2026-13-45T99:00:00Z", "walkin.redemption")
                        .map(s -> (JsonNode) NODES.textNode(s)));
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(leaves);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> array = anyValue(depth - 1).list().ofMaxSize(3).map(l -> {
            var a = JSON.createArrayNode();
            l.forEach(a::add);
            return (JsonNode) a;
        });
        Arbitrary<JsonNode> object = anyValue(depth - 1).list().ofMaxSize(3).map(l -> {
            ObjectNode o = JSON.createObjectNode();
            for (int i = 0; i < l.size(); i++) {
                o.set(i == 0 ? "cardholder" : i == 1 ? "guests" : "x" + i, l.get(i));
            }
            return (JsonNode) o;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, leaf), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(1, object));
    }

    @Provide
    Arbitrary<String> orderIds() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(40);
    }

    @Provide
    Arbitrary<Integer> walkInStatus() {
        return Arbitraries.of(2, 3);
    }

    @Provide
    Arbitrary<ObjectNode> mutations() {
        Arbitrary<String> fields = Arbitraries.of("eventType", "eventId", "orderId", "status", "module",
                "orderCreatedDate", "orderCancelledDate", "passengers", "previousStatus", "currentStatus", "usageDate");
        Arbitrary<JsonNode> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(600).map(NODES::textNode),
                Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.longs().map(l -> (JsonNode) NODES.numberNode(l * 1e12)),
                Arbitraries.just((JsonNode) NODES.nullNode()),
                Arbitraries.just((JsonNode) JSON.createArrayNode().add(1).add("x")),
                Arbitraries.just((JsonNode) JSON.createObjectNode().put("deep", "x")),
                Arbitraries.of("prebooking.statusChanged", "walkin.redemption", "2026-13-45T99:00:00Z")
                        .map(NODES::textNode));
        return fields.list().ofMaxSize(6).flatMap(fs -> values.list().ofSize(fs.size()).map(vs -> {
            ObjectNode n = base();
            for (int i = 0; i < fs.size(); i++) {
                n.set(fs.get(i), vs.get(i));
            }
            return n;
        }));
    }

    private static ObjectNode base() {
        ObjectNode n = JSON.createObjectNode();
        n.put("eventType", "walkin.redemption").put("eventId", "evt_1").put("orderId", "DP1").put("status", 2)
                .put("module", 1).put("orderCreatedDate", "2026-11-23T10:00:00+00:00");
        n.putObject("passengers").put("cardholder", 1).put("guests", 0);
        return n;
    }
}
