package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A backend that has had a busy day before anyone looks at it: walk-in orders made straight in the
 * database, through the same rules as a desk's redeem (e-passes of up to 100 visits, every visit
 * redeemed), in the caller's transaction. Benchmarks call it ({@code POST /sandbox/simulate/busy-day}) to
 * start from a full backend in a second or two instead of making thousands of orders one request at a time.
 */
final class BusyDay {

    static final int VISITS_PER_PASS = 100;
    /** Most orders one call makes (it is one transaction). */
    static final int MAX_ORDERS = 50_000;
    private final SandboxServices s;

    BusyDay(SandboxServices services) {
        this.s = services;
    }

    /** Makes {@code orders} Used walk-in orders for the account; returns their order ids, oldest first. */
    List<String> walkIns(Connection c, int account, int orders) throws SQLException {
        if (orders < 0) {
            throw new IllegalArgumentException("orders must not be negative: " + orders);
        }
        List<String> ids = new ArrayList<>(orders);
        while (ids.size() < orders) {
            int visits = Math.min(VISITS_PER_PASS, orders - ids.size());
            ObjectNode body = Json.object().put("kind", "walkin").put("entitlements", visits).put("guestsAllowed", 0);
            String code = s.creator.create(c, account, body).path("bookings").path(0).path("redemptionCode").asText();
            for (int v = 0; v < visits; v++) {
                ids.add(s.redemptions.use(c, account, List.of(code), 0, null));
            }
        }
        return ids;
    }
}
