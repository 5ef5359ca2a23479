package com.loungedesk.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Seeds the demo passes of {@link DemoPasses} once, and restores exactly them on reset. The
 * spent e-pass comes with the two walk-in orders that used it, so "entitlements used == Used
 * walk-in orders" holds from the start.
 */
final class Seeder {

    private static final String[] DATA_TABLES = {"deliveries", "order_events", "order_codes", "orders", "bookings", "passes",
        "idempotency"};

    private final PassStore passes;
    private final OrderStore orders;

    Seeder(PassStore passes, OrderStore orders) {
        this.passes = passes;
        this.orders = orders;
    }

    /** Seeds unless already seeded; true when it seeded. */
    boolean seedOnce(Connection c) throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM meta WHERE key = 'seeded'") > 0) {
            return false;
        }
        seed(c);
        return true;
    }

    /**
     * Wipes every pass, order, event, pending delivery and stored answer, then seeds again.
     * Subscribers and signing keys are configuration, not demo data: they stay.
     */
    void reset(Connection c) throws SQLException {
        for (String table : DATA_TABLES) {
            Sql.update(c, "DELETE FROM " + table);
        }
        Sql.update(c, "DELETE FROM meta WHERE key = 'seeded'");
        seed(c);
    }

    private void seed(Connection c) throws SQLException {
        long now = Timestamps.nowMicros();
        long year = now + Timestamps.days(365);
        epass(c, PassFactory.epass(DemoPasses.WALKIN_EPASS, 1, 3, 3, 2, year, "Amelia Hart", now));
        PassRow pkg = PassFactory.packageOf(DemoPasses.PACKAGE, "8888000066660010", 1, 3, 0, year, "Oliver Brooks", now);
        passes.insert(c, pkg);
        List<String> units = List.of("adult", "adult", "child");
        for (int i = 0; i < DemoPasses.PACKAGE_CODES.size(); i++) {
            passes.insert(c, PassFactory.booking(DemoPasses.PACKAGE_CODES.get(i), pkg.reference(), i + 1,
                    units.get(i), null, now, now));
        }
        PassRow spent = PassFactory.epass(DemoPasses.SPENT_EPASS, 1, 2, 0, 1, year, "Noah Patel", now);
        epass(c, spent);
        for (int i = 0; i < DemoPasses.SPENT_EPASS_ORDERS.size(); i++) {
            long used = now - Timestamps.days(3 - i);
            long at = orders.nextChangeTime(c);
            orders.create(c, new OrderRow(DemoPasses.SPENT_EPASS_ORDERS.get(i), 1, OrderRow.WALKIN, 1, OrderRow.USED,
                    spent.reference(), List.of(spent.reference()), spent.dpId(), spent.programId(), spent.place(),
                    i, used, used, null, at, 1, used + OrderLifecycle.CANCEL_WINDOW, null, null));
            passes.markUsed(c, spent.reference(), used, spent.place().resourceName());
        }
        epass(c, PassFactory.epass(DemoPasses.EXPIRED_EPASS, 1, 3, 3, 2, now - Timestamps.days(1), "Grace Chen",
                now - Timestamps.days(400)));
        prebooking(c, DemoPasses.PREBOOKING_PENDING, "8888000066660021", DemoPasses.PREBOOKING_PENDING_ORDER,
                OrderRow.PENDING, "Liam Walsh", now);
        prebooking(c, DemoPasses.PREBOOKING_CONFIRMED, "8888000066660022", DemoPasses.PREBOOKING_CONFIRMED_ORDER,
                OrderRow.CONFIRMED, "Sofia Rossi", now);
        prebooking(c, DemoPasses.PREBOOKING_FAILED, "8888000066660023", DemoPasses.PREBOOKING_FAILED_ORDER,
                OrderRow.FAILED, "Ethan Moore", now);
        epass(c, PassFactory.epass(DemoPasses.PARTNER_EPASS, 2, 5, 5, 1, year, "Maya Lindqvist", now));
        Sql.update(c, "INSERT INTO meta(key, value) VALUES ('seeded', ?)", Long.toString(now));
    }

    private void epass(Connection c, PassRow pass) throws SQLException {
        passes.insert(c, pass);
        passes.insert(c, PassFactory.booking(pass.reference(), pass.reference(), 1, "adult", null,
                pass.createdAt(), pass.createdAt()));
    }

    private void prebooking(Connection c, String reference, String dpId, String orderId, int status, String holder,
                            long now) throws SQLException {
        PassRow pass = PassFactory.prebooking(reference, dpId, 1, now + Timestamps.days(30), holder, now);
        passes.insert(c, pass);
        Long confirmedAt = status == OrderRow.CONFIRMED ? now : null;
        passes.insert(c, PassFactory.booking(reference, reference, 1, "adult", orderId, now, confirmedAt));
        orders.create(c, PassFactory.prebookingOrder(orderId, pass, status, now, orders.nextChangeTime(c)));
    }
}
