package com.loungedesk.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever arrives, parsing a push either gives an event or a plain IllegalArgumentException. */
class PushEventPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 3000)
    void randomTextNeverEscapesAsAnotherError(@ForAll String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            return;
        }
        parseQuietly(node);
    }

    @Property(tries = 5000)
    void mutatedPayloadsAreParsedOrRefusedPlainly(@ForAll("mutations") ObjectNode payload) {
        parseQuietly(payload);
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
    }

    private static void parseQuietly(JsonNode node) {
        try {
            PushEvent.parse(node, "evt_1");
        } catch (IllegalArgumentException expected) {
            // refused with a plain reason: fine
        }
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
                Arbitraries.strings().ofMaxLength(600).map(JSON.getNodeFactory()::textNode),
                Arbitraries.integers().map(i -> (JsonNode) JSON.getNodeFactory().numberNode(i)),
                Arbitraries.longs().map(l -> (JsonNode) JSON.getNodeFactory().numberNode(l * 1e12)),
                Arbitraries.just((JsonNode) JSON.getNodeFactory().nullNode()),
                Arbitraries.just((JsonNode) JSON.createArrayNode().add(1).add("x")),
                Arbitraries.just((JsonNode) JSON.createObjectNode().put("deep", "x")),
                Arbitraries.of("prebooking.statusChanged", "walkin.redemption", "2026-13-45T99:00:00Z")
                        .map(JSON.getNodeFactory()::textNode));
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
