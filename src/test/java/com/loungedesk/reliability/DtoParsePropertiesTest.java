package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.loungedesk.api.Json;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OctoStatus;
import com.loungedesk.api.OrderDto;
import com.loungedesk.orders.OrderMapping;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.UsageOrder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile answers: a valid booking or order with random fields removed, retyped (strings, numbers
 * beyond any range, booleans, null, arrays, objects, nesting thousands deep) or added, parsed by the
 * clients' own ObjectMapper. Each parse gives a value or a Jackson refusal (which the AnswerMapper turns
 * into "could not be read") — never another exception — and a value is redeemable only when the JSON
 * said {@code "redeemable": true} and a known status; an order status is known only if it was that number.
 */
class DtoParsePropertiesTest {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final ObjectMapper JSON = Json.mapper();

    static final String BOOKING = "{\"id\":\"b1\",\"uuid\":\"u1\",\"testMode\":true,\"supplierReference\":\"R1\","
            + "\"status\":\"CONFIRMED\",\"utcRedeemedAt\":null,\"product\":{\"id\":\"p\",\"internalName\":\"Lounge\"},"
            + "\"contact\":{\"fullName\":\"A B\",\"emailAddress\":\"a@b\",\"phoneNumber\":\"1\"},\"unitItems\":[{\"uuid\":\"x\","
            + "\"unitId\":\"adult\",\"status\":\"CONFIRMED\",\"utcRedeemedAt\":null}],\"redemptionCode\":\"C1\","
            + "\"redeemable\":true,\"unredeemableReason\":null,\"unredeemableReasonCode\":null,\"cancellable\":true,"
            + "\"pass\":{\"kind\":\"EPASS\",\"dpId\":\"dp\",\"programId\":\"pg\",\"entitlementsTotal\":5,\"entitlementsLeft\":3,"
            + "\"guestsAllowed\":2,\"validUntil\":\"2027-01-01T00:00:00Z\",\"lastUsedAt\":null,\"lastUsedWhere\":null,"
            + "\"orderId\":null},\"orderId\":\"DP1\"}";
    static final String ORDER = "{\"orderId\":\"DP1\",\"category\":1,\"module\":1,\"status\":2,\"bookingReference\":\"R1\","
            + "\"redemptionCodes\":[\"C1\"],\"dpId\":\"dp\",\"programId\":\"pg\",\"transportHubId\":\"h\",\"transportHubName\":\"Hub\","
            + "\"resourceId\":\"r\",\"resourceName\":\"Lounge\",\"passengers\":{\"cardholder\":1,\"guests\":0},"
            + "\"orderCreatedDate\":\"2026-11-23T16:40:00.123456Z\",\"usageDate\":\"2026-11-23T17:40:00\","
            + "\"orderCancelledDate\":null,\"updatedAt\":\"2026-11-23T16:40:00.123456Z\",\"revision\":1,"
            + "\"cancellableUntil\":\"2026-11-23T18:40:00.123456Z\",\"cancelReason\":null}";

    static final ObjectNode BOOKING_TREE = tree(BOOKING);
    static final ObjectNode ORDER_TREE = tree(ORDER);

    static ObjectNode tree(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fixture", e);
        }
    }

    /** Any JSON value, including the nasty ones. */
    static Arbitrary<JsonNode> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(F::textNode),
                Arbitraries.of("CONFIRMED", "REDEEMED", "confirmed", "", "UNKNOWN", "true", "2", "NaN").map(F::textNode),
                Arbitraries.integers().map(F::numberNode),
                Arbitraries.longs().map(F::numberNode),
                Arbitraries.of(new BigInteger("1" + "0".repeat(60)), BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
                        BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE)).map(F::numberNode),
                Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-1e400"), new BigDecimal("2.5"),
                        new BigDecimal("1e-400")).map(F::numberNode),
                Arbitraries.doubles().map(F::numberNode),
                Arbitraries.of(true, false).map(F::booleanNode),
                Arbitraries.just(F.nullNode()),
                Arbitraries.integers().between(0, 3).map(n -> F.arrayNode().add(n)),
                Arbitraries.integers().between(0, 3).map(n -> F.objectNode().put("x", n)),
                Arbitraries.integers().between(1, 1500).map(DtoParsePropertiesTest::nested));
    }

    /** A marker replaced by text nested {@code depth} deep after writing (Jackson will not write past 1000). */
    static JsonNode nested(int depth) {
        return F.textNode("@@DEEP" + depth + "@@");
    }

    static String deepened(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"@@DEEP(\\d+)@@\"").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int depth = Integer.parseInt(m.group(1));
            m.appendReplacement(out, "[{\"n\":".repeat(depth / 2) + "1" + "}]".repeat(depth / 2));
        }
        return m.appendTail(out).toString();
    }

    record Mutation(int kind, int field, String extraName, JsonNode value) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 40), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), values())
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    /** Applies remove (0), retype (1) or add (2) at a field chosen by index, also inside nested objects. */
    static String mutate(String valid, List<Mutation> mutations) {
        try {
            ObjectNode root = (valid.equals(BOOKING) ? BOOKING_TREE : ORDER_TREE).deepCopy();
            for (Mutation m : mutations) {
                List<ObjectNode> holders = new ArrayList<>();
                List<String> names = new ArrayList<>();
                collect(root, holders, names);
                int i = m.field() % names.size();
                switch (m.kind()) {
                    case 0 -> holders.get(i).remove(names.get(i));
                    case 1 -> holders.get(i).set(names.get(i), m.value().deepCopy());
                    default -> holders.get(i).set(m.extraName(), m.value().deepCopy());
                }
            }
            return deepened(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fixture", e);
        }
    }

    private static void collect(ObjectNode node, List<ObjectNode> holders, List<String> names) {
        node.fieldNames().forEachRemaining(n -> {
            holders.add(node);
            names.add(n);
            JsonNode child = node.get(n);
            if (child instanceof ObjectNode o && o.size() < 20) {
                collect(o, holders, names);
            }
        });
    }

    /** The property every parsed booking keeps, whatever the JSON was. */
    static void checkBooking(String text, LookupItem item) throws JsonProcessingException {
        JsonNode tree = JSON.readTree(text);
        JsonNode status = tree.get("status");
        boolean knownStatus = status != null && status.isTextual() && !status.asText().equals("UNKNOWN")
                && List.of(OctoStatus.values()).stream().anyMatch(s -> s.name().equals(status.asText()));
        if (item.canRedeem()) {
            assertTrue(tree.path("redeemable").isBoolean() && tree.path("redeemable").asBoolean(),
                    () -> "redeemable without \"redeemable\": true: " + text);
            assertTrue(knownStatus, () -> "redeemable with an unknown status: " + text);
        }
        if (!knownStatus) {
            assertTrue(item.octoStatus() == OctoStatus.UNKNOWN || status.isTextual(), () -> "status from a non-text: " + text);
            assertFalse(item.canRedeem());
        }
    }

    static void checkOrder(String text, OrderDto dto) throws JsonProcessingException {
        UsageOrder order = OrderMapping.toUsageOrder(dto);
        JsonNode status = JSON.readTree(text).get("status");
        if (order.status() != OrderStatus.UNKNOWN) {
            assertTrue(status != null && status.isIntegralNumber() && status.asInt() == order.status().code(),
                    () -> "status " + order.status() + " from " + status + ": " + text);
        }
        assertNotEquals(null, order.status());
    }

    @Property(tries = 12_000)
    void anyMutatedBookingParsesToASafeValueOrIsRefused(@ForAll("mutations") List<Mutation> mutations) throws Exception {
        String text = mutate(BOOKING, mutations);
        LookupItem item;
        try {
            item = JSON.readValue(text, LookupItem.class);
        } catch (JsonProcessingException refused) {
            return;
        }
        checkBooking(text, item);
    }

    @Property(tries = 12_000)
    void anyMutatedOrderParsesToAKnownStatusOnlyFromItsNumberOrIsRefused(@ForAll("mutations") List<Mutation> mutations)
            throws Exception {
        String text = mutate(ORDER, mutations);
        OrderDto dto;
        try {
            dto = JSON.readValue(text, OrderDto.class);
        } catch (JsonProcessingException refused) {
            return;
        }
        checkOrder(text, dto);
    }
}
