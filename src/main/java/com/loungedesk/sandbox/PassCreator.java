package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;

/** Creates passes on demand ({@code POST /sandbox/passes}) for the caller's supplier account. */
final class PassCreator {

    static final int MAX_BOOKINGS = 20;
    static final int MAX_ENTITLEMENTS = 100;
    static final int MAX_GUESTS = 10;

    private final PassStore passes;
    private final OrderStore orders;

    PassCreator(PassStore passes, OrderStore orders) {
        this.passes = passes;
        this.orders = orders;
    }

    ObjectNode create(Connection c, int account, ObjectNode body) throws SQLException {
        String kind = Requests.text(body, "kind", true, 20);
        long now = Timestamps.nowMicros();
        long validUntil = now + Timestamps.days(365);
        ObjectNode answer = Json.object();
        ArrayNode bookings = Json.MAPPER.createArrayNode();
        PassRow pass;
        switch (kind) {
            case "walkin": {
                int entitlements = Requests.boundedCount(body, "entitlements", 3, 1, MAX_ENTITLEMENTS);
                int guests = Requests.boundedCount(body, "guestsAllowed", 2, 0, MAX_GUESTS);
                pass = PassFactory.epass(unusedReference(c, "8888"), account, entitlements, entitlements, guests,
                        validUntil, "Walk-in Guest", now);
                passes.insert(c, pass);
                passes.insert(c, PassFactory.booking(pass.reference(), pass.reference(), 1, "adult", null, now, now));
                bookings.addObject().put("redemptionCode", pass.reference());
                break;
            }
            case "package": {
                int count = Requests.boundedCount(body, "bookings", 3, 1, MAX_BOOKINGS);
                int guests = Requests.boundedCount(body, "guestsAllowed", 0, 0, MAX_GUESTS);
                pass = PassFactory.packageOf(unusedReference(c, "PKG-"), "8888" + PassFactory.digits(12), account,
                        count, guests, validUntil, "Package Holder", now);
                passes.insert(c, pass);
                for (int i = 1; i <= count; i++) {
                    String code = pass.reference() + "-" + i;
                    passes.insert(c, PassFactory.booking(code, pass.reference(), i, "adult", null, now, now));
                    bookings.addObject().put("redemptionCode", code);
                }
                break;
            }
            case "prebooking": {
                pass = PassFactory.prebooking(unusedReference(c, "FT-PB-"), "8888" + PassFactory.digits(12), account,
                        now + Timestamps.days(30), "Prebooking Traveller", now);
                passes.insert(c, pass);
                String orderId = orders.nextOrderId(c);
                passes.insert(c, PassFactory.booking(pass.reference(), pass.reference(), 1, "adult", orderId, now, null));
                orders.create(c, PassFactory.prebookingOrder(orderId, pass, OrderRow.PENDING, now,
                        orders.nextChangeTime(c)));
                bookings.addObject().put("redemptionCode", pass.reference()).put("orderId", orderId);
                break;
            }
            default:
                throw ApiError.badRequest("\"kind\" must be \"walkin\", \"package\" or \"prebooking\".");
        }
        answer.put("reference", pass.reference());
        answer.put("barcode", pass.barcode());
        answer.put("kind", pass.kind().name());
        answer.set("bookings", bookings);
        return answer;
    }

    private String unusedReference(Connection c, String prefix) throws SQLException {
        while (true) {
            String candidate = prefix.equals("8888") ? prefix + PassFactory.digits(12) : prefix + PassFactory.letters(8);
            if (passes.pass(c, candidate).isEmpty() && passes.booking(c, candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
