package com.loungedesk.sandbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Versioned schema: each step runs once, in order, recorded in {@code PRAGMA user_version}. */
final class Schema {

    private static final List<String[]> STEPS = List.of(new String[] {
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE passes(reference TEXT PRIMARY KEY, account INTEGER NOT NULL, kind TEXT NOT NULL,"
            + " barcode TEXT NOT NULL, dp_id TEXT NOT NULL, program_id TEXT NOT NULL, product_id TEXT NOT NULL,"
            + " product_name TEXT NOT NULL, module INTEGER NOT NULL, hub_id TEXT NOT NULL, hub_name TEXT NOT NULL,"
            + " hub_zone TEXT NOT NULL, resource_id TEXT NOT NULL, resource_name TEXT NOT NULL,"
            + " entitlements_total INTEGER, entitlements_left INTEGER CHECK (entitlements_left >= 0),"
            + " guests_allowed INTEGER NOT NULL, valid_until INTEGER, contact_name TEXT, contact_email TEXT,"
            + " contact_phone TEXT, created_at INTEGER NOT NULL, last_used_at INTEGER, last_used_where TEXT)",
        "CREATE INDEX passes_barcode ON passes(barcode)",
        "CREATE TABLE bookings(redemption_code TEXT PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            + " reference TEXT NOT NULL REFERENCES passes(reference), position INTEGER NOT NULL,"
            + " unit_id TEXT NOT NULL, status TEXT NOT NULL, order_id TEXT, created_at INTEGER NOT NULL,"
            + " updated_at INTEGER NOT NULL, redeemed_at INTEGER, confirmed_at INTEGER, notes TEXT)",
        "CREATE INDEX bookings_reference ON bookings(reference, position)",
        "CREATE TABLE orders(order_id TEXT PRIMARY KEY, account INTEGER NOT NULL, category INTEGER NOT NULL,"
            + " module INTEGER NOT NULL, status INTEGER NOT NULL, booking_reference TEXT NOT NULL,"
            + " dp_id TEXT NOT NULL, program_id TEXT NOT NULL, hub_id TEXT NOT NULL, hub_name TEXT NOT NULL,"
            + " hub_zone TEXT NOT NULL, resource_id TEXT NOT NULL, resource_name TEXT NOT NULL,"
            + " guests INTEGER NOT NULL, created_at INTEGER NOT NULL, usage_at INTEGER, cancelled_at INTEGER,"
            + " updated_at INTEGER NOT NULL UNIQUE, revision INTEGER NOT NULL, cancellable_until INTEGER,"
            + " cancel_reason TEXT, operator_id TEXT)",
        "CREATE INDEX orders_feed ON orders(account, updated_at)",
        "CREATE TABLE order_codes(order_id TEXT NOT NULL REFERENCES orders(order_id),"
            + " redemption_code TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY(order_id, redemption_code))",
        "CREATE INDEX order_codes_code ON order_codes(redemption_code)",
        "CREATE TABLE order_events(seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE,"
            + " order_id TEXT NOT NULL, account INTEGER NOT NULL, event_type TEXT NOT NULL,"
            + " payload TEXT NOT NULL, created_at INTEGER NOT NULL)",
        "CREATE TABLE idempotency(account INTEGER NOT NULL, idem_key TEXT NOT NULL, fingerprint TEXT NOT NULL,"
            + " status INTEGER NOT NULL, body BLOB NOT NULL, created_at INTEGER NOT NULL,"
            + " PRIMARY KEY(account, idem_key))",
        "CREATE TABLE subscribers(id INTEGER PRIMARY KEY AUTOINCREMENT, account INTEGER NOT NULL,"
            + " url TEXT NOT NULL, events TEXT NOT NULL, created_at INTEGER NOT NULL)"
    }, new String[] {
        // 2: push delivery outbox (one row per event and subscriber) and the signing keys
        "CREATE TABLE deliveries(id INTEGER PRIMARY KEY AUTOINCREMENT, event_seq INTEGER NOT NULL"
            + " REFERENCES order_events(seq), subscriber_id INTEGER NOT NULL REFERENCES subscribers(id),"
            + " order_id TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL,"
            + " next_attempt_at INTEGER NOT NULL, last_error TEXT, delivered_at INTEGER,"
            + " UNIQUE(event_seq, subscriber_id))",
        "CREATE INDEX deliveries_due ON deliveries(status, next_attempt_at)",
        "CREATE INDEX deliveries_order ON deliveries(subscriber_id, order_id, status, event_seq)",
        "CREATE TABLE signing_keys(kid TEXT PRIMARY KEY, jwk TEXT NOT NULL, state TEXT NOT NULL,"
            + " created_at INTEGER NOT NULL)"
    }, new String[] {
        // 3: the plain OCTO supplier's bookings (sandbox --type octo) and their unit items
        "CREATE TABLE octo_bookings(uuid TEXT PRIMARY KEY, account INTEGER NOT NULL, code TEXT NOT NULL UNIQUE,"
            + " reseller_reference TEXT, package_reference TEXT, product_id TEXT NOT NULL, option_id TEXT NOT NULL,"
            + " status TEXT NOT NULL, local_date TEXT NOT NULL, start_time TEXT NOT NULL, end_time TEXT NOT NULL,"
            + " zone TEXT NOT NULL, contact_name TEXT, contact_email TEXT, contact_phone TEXT, notes TEXT,"
            + " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, confirmed_at INTEGER, redeemed_at INTEGER,"
            + " cancelled_at INTEGER, cancel_reason TEXT, demo INTEGER NOT NULL)",
        "CREATE INDEX octo_bookings_day ON octo_bookings(account, local_date, start_time)",
        "CREATE INDEX octo_bookings_package ON octo_bookings(package_reference)",
        "CREATE TABLE octo_unit_items(uuid TEXT PRIMARY KEY, booking_uuid TEXT NOT NULL"
            + " REFERENCES octo_bookings(uuid), position INTEGER NOT NULL, unit_id TEXT NOT NULL,"
            + " code TEXT NOT NULL UNIQUE, redeemed_at INTEGER)",
        "CREATE INDEX octo_unit_items_booking ON octo_unit_items(booking_uuid, position)"
    });

    private Schema() {
    }

    static int latestVersion() {
        return STEPS.size();
    }

    static void migrate(Database db) {
        db.tx(c -> {
            int version = version(c);
            if (version > STEPS.size()) {
                throw new SQLException("the database was written by a newer LoungeDesk (schema " + version + ")");
            }
            for (int v = version; v < STEPS.size(); v++) {
                try (Statement s = c.createStatement()) {
                    for (String sql : STEPS.get(v)) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + (v + 1));
                }
            }
            return null;
        });
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
