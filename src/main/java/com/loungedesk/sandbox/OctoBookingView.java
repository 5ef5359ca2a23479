package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Renders a plain OCTO supplier's booking as the published {@code Booking} schema shapes it (no
 * {@code pass}, no {@code orderId}), and a lookup item as that booking plus the redemption fields
 * {@code redemptionCode}, {@code redeemable}, {@code unredeemableReason}, {@code unredeemableReasonCode}.
 */
final class OctoBookingView {

    private static final DateTimeFormatter LOCAL_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private OctoBookingView() {
    }

    static ObjectNode lookupItem(OctoRedemptions.Target t) {
        OctoState state = t.state();
        ObjectNode n = render(t.booking());
        n.put("redemptionCode", t.code());
        n.put("redeemable", state.redeemable());
        n.put("unredeemableReason", state.reason());
        n.put("unredeemableReasonCode", state.reasonCode());
        return n;
    }

    static ObjectNode render(OctoBookingRow b) {
        ObjectNode n = Json.object();
        n.put("id", b.uuid());
        n.put("uuid", b.uuid());
        n.put("testMode", true);
        n.put("resellerReference", b.resellerReference());
        n.put("supplierReference", b.code());
        n.put("status", b.status());
        n.put("utcCreatedAt", Timestamps.isoMillis(b.createdAt()));
        n.put("utcUpdatedAt", Timestamps.isoMillis(b.updatedAt()));
        n.putNull("utcExpiresAt");
        n.put("utcRedeemedAt", Timestamps.isoMillisOrNull(b.redeemedAt()));
        n.put("utcConfirmedAt", Timestamps.isoMillisOrNull(b.confirmedAt()));
        n.put("productId", b.productId());
        n.put("optionId", b.optionId());
        n.put("cancellable", OctoBookingRow.CONFIRMED.equals(b.status())
                && b.units().stream().noneMatch(OctoBookingRow.Unit::redeemed));
        n.set("cancellation", cancellation(b));
        n.put("freesale", false);
        String start = localDateTime(b, b.startTime());
        n.put("availabilityId", start);
        ObjectNode availability = n.putObject("availability");
        availability.put("id", start);
        availability.put("localDateTimeStart", start);
        availability.put("localDateTimeEnd", localDateTime(b, b.endTime()));
        availability.put("allDay", false);
        availability.putArray("openingHours");
        n.set("contact", contact(b.contact()));
        n.put("notes", b.notes());
        n.putArray("deliveryMethods").add("VOUCHER").add("TICKET");
        n.set("voucher", ticket(b.redeemedAt(), b.code()));
        ArrayNode units = n.putArray("unitItems");
        for (OctoBookingRow.Unit u : b.units()) {
            ObjectNode unit = units.addObject();
            unit.put("uuid", u.uuid());
            unit.putNull("resellerReference");
            unit.put("supplierReference", u.code());
            unit.put("unitId", u.unitId());
            unit.put("status", b.unitStatus(u));
            unit.put("utcRedeemedAt", Timestamps.isoMillisOrNull(u.redeemedAt()));
            unit.set("contact", contact(new PassRow.Contact(null, null, null)));
            unit.set("ticket", ticket(u.redeemedAt(), u.code()));
        }
        return n;
    }

    private static ObjectNode cancellation(OctoBookingRow b) {
        if (b.cancelledAt() == null) {
            return null;
        }
        ObjectNode c = Json.object();
        c.put("refund", "FULL");
        c.put("reason", b.cancelReason());
        c.put("utcCancelledAt", Timestamps.isoMillis(b.cancelledAt()));
        return c;
    }

    private static ObjectNode ticket(Long redeemedAt, String code) {
        ObjectNode t = Json.object();
        t.put("redemptionMethod", "DIGITAL");
        t.put("utcRedeemedAt", Timestamps.isoMillisOrNull(redeemedAt));
        ObjectNode qr = t.putArray("deliveryOptions").addObject();
        qr.put("deliveryFormat", "QRCODE");
        qr.put("deliveryValue", code);
        return t;
    }

    private static ObjectNode contact(PassRow.Contact c) {
        ObjectNode n = Json.object();
        n.put("fullName", c.fullName());
        int space = c.fullName() == null ? -1 : c.fullName().indexOf(' ');
        n.put("firstName", space < 0 ? c.fullName() : c.fullName().substring(0, space));
        n.put("lastName", space < 0 ? null : c.fullName().substring(space + 1));
        n.put("emailAddress", c.emailAddress());
        n.put("phoneNumber", c.phoneNumber());
        n.putArray("locales").add("en");
        n.putNull("postalCode");
        n.putNull("country");
        n.putNull("notes");
        return n;
    }

    /** "2026-12-07T09:00:00+00:00": the visit's wall-clock time at the supplier, with its offset that day. */
    private static String localDateTime(OctoBookingRow b, String time) {
        return LocalDate.parse(b.localDate()).atTime(LocalTime.parse(time)).atZone(ZoneId.of(b.zone()))
                .format(LOCAL_WITH_OFFSET);
    }
}
