package com.loungedesk.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Seeds the plain OCTO supplier's demo bookings ({@link OctoDemoBookings}) once, keeps them on the
 * sandbox's today at each start, and restores exactly them on reset.
 */
final class OctoSeeder {

    private static final String SEEDED = "octo_seeded";
    private static final List<String> ADULT = List.of("ADULT");

    private final OctoBookingStore store;

    OctoSeeder(OctoBookingStore store) {
        this.store = store;
    }

    /**
     * Seeds unless already seeded; when seeded on an earlier day, moves the seeded bookings (not the
     * ones created on demand) to today, statuses unchanged.
     */
    void seedOnce(Connection c) throws SQLException {
        Optional<String> seededOn = Sql.one(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), SEEDED);
        LocalDate today = OctoBookingFactory.today();
        if (seededOn.isEmpty()) {
            seed(c, today);
            return;
        }
        long days = ChronoUnit.DAYS.between(LocalDate.parse(seededOn.get()), today);
        if (days != 0) {
            store.shiftDemoDates(c, days);
            Sql.update(c, "UPDATE meta SET value = ? WHERE key = ?", today.toString(), SEEDED);
        }
    }

    /** Wipes every plain OCTO booking, seeded or created, and seeds again for today. */
    void reset(Connection c) throws SQLException {
        store.deleteAll(c);
        Sql.update(c, "DELETE FROM meta WHERE key = ?", SEEDED);
        seed(c, OctoBookingFactory.today());
    }

    private void seed(Connection c, LocalDate today) throws SQLException {
        long now = Timestamps.nowMicros();
        String lounge = OctoDemoBookings.LOUNGE_PRODUCT;
        String option = OctoDemoBookings.DEFAULT_OPTION;
        add(c, new OctoBookingFactory.Spec(OctoDemoBookings.FAMILY, 1, null, OctoDemoBookings.FAMILY_RESELLER_REFERENCE,
                lounge, OctoDemoBookings.FAMILY_OPTION, today, "Olivia Bennett", List.of("ADULT", "ADULT", "CHILD")), now);
        add(c, new OctoBookingFactory.Spec(OctoDemoBookings.SOLO, 1, null, null, OctoDemoBookings.FAST_TRACK_PRODUCT,
                option, today, "James Carter", ADULT), now);
        OctoBookingRow used = add(c, new OctoBookingFactory.Spec(OctoDemoBookings.USED, 1, null, null, lounge, option,
                today, "Hannah Scott", List.of("ADULT", "ADULT")), now);
        store.redeem(c, used, null, null, now - Timestamps.hours(1));
        OctoBookingRow cancelled = add(c, new OctoBookingFactory.Spec(OctoDemoBookings.CANCELLED, 1, null, null, lounge,
                option, today, "Lucas Evans", ADULT), now);
        store.cancel(c, cancelled, "cancelled by the customer", now);
        status(c, add(c, new OctoBookingFactory.Spec(OctoDemoBookings.NOSHOW, 1, null, null, lounge, option, today,
                "Chloe Turner", ADULT), now), "NOSHOW");
        status(c, add(c, new OctoBookingFactory.Spec(OctoDemoBookings.PENDING, 1, null, null, lounge, option, today,
                "Jack Price", ADULT), now), "PENDING");
        add(c, new OctoBookingFactory.Spec(OctoDemoBookings.PACKAGE_BOOKINGS.get(0), 1, OctoDemoBookings.PACKAGE,
                OctoDemoBookings.PACKAGE_RESELLER_REFERENCE, lounge, option, today, "Mia Walker",
                List.of("ADULT", "INFANT")), now);
        add(c, new OctoBookingFactory.Spec(OctoDemoBookings.PACKAGE_BOOKINGS.get(1), 1, OctoDemoBookings.PACKAGE,
                OctoDemoBookings.PACKAGE_RESELLER_REFERENCE, lounge, option, today, "Noah Walker", ADULT), now);
        OctoBookingRow yesterday = add(c, new OctoBookingFactory.Spec(OctoDemoBookings.YESTERDAY, 1, null, null, lounge,
                option, today.minusDays(1), "Ella Hughes", ADULT), now - Timestamps.days(2));
        store.redeem(c, yesterday, null, null, now - Timestamps.days(1));
        add(c, new OctoBookingFactory.Spec(OctoDemoBookings.PARTNER, 2, null, null, lounge, option, today,
                "Leo Martin", ADULT), now);
        Sql.update(c, "INSERT INTO meta(key, value) VALUES (?, ?)", SEEDED, today.toString());
    }

    private OctoBookingRow add(Connection c, OctoBookingFactory.Spec spec, long createdAt) throws SQLException {
        OctoBookingRow b = OctoBookingFactory.confirmed(spec, createdAt);
        store.insert(c, b);
        store.markDemo(c, b.uuid());
        return b;
    }

    private static void status(Connection c, OctoBookingRow b, String status) throws SQLException {
        Sql.update(c, "UPDATE octo_bookings SET status = ?1, confirmed_at = CASE WHEN ?1 = 'PENDING' THEN NULL"
                + " ELSE confirmed_at END WHERE uuid = ?2", status, b.uuid());
    }
}
