package com.loungedesk.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A pass as stored: an e-pass (walk-in entitlements), a package of bookings, or a prebooking. */
record PassRow(String reference, int account, PassKind kind, String barcode, String dpId, String programId,
               String productId, String productName, int module, Place place, Integer entitlementsTotal,
               Integer entitlementsLeft, int guestsAllowed, Long validUntil, Contact contact, long createdAt,
               Long lastUsedAt, String lastUsedWhere) {

    /** Where the pass is used: transport hub and resource, with the hub's time zone. */
    record Place(String hubId, String hubName, String zone, String resourceId, String resourceName) {
    }

    record Contact(String fullName, String emailAddress, String phoneNumber) {
    }

    enum PassKind { EPASS, BOOKING, PREBOOKING }

    static PassRow map(ResultSet rs) throws SQLException {
        return new PassRow(rs.getString("reference"), rs.getInt("account"), PassKind.valueOf(rs.getString("kind")),
                rs.getString("barcode"), rs.getString("dp_id"), rs.getString("program_id"),
                rs.getString("product_id"), rs.getString("product_name"), rs.getInt("module"),
                new Place(rs.getString("hub_id"), rs.getString("hub_name"), rs.getString("hub_zone"),
                        rs.getString("resource_id"), rs.getString("resource_name")),
                Sql.intOrNull(rs, "entitlements_total"), Sql.intOrNull(rs, "entitlements_left"),
                rs.getInt("guests_allowed"), Sql.longOrNull(rs, "valid_until"),
                new Contact(rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone")),
                rs.getLong("created_at"), Sql.longOrNull(rs, "last_used_at"), rs.getString("last_used_where"));
    }

    boolean expiredAt(long nowMicros) {
        return validUntil != null && validUntil <= nowMicros;
    }
}
