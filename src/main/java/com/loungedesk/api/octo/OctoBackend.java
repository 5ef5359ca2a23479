package com.loungedesk.api.octo;

import com.loungedesk.api.Backend;
import com.loungedesk.api.BackendType;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.OctoRedemptionClient;
import com.loungedesk.api.PushRecovery;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** Every capability of a plain OCTO supplier, over one gateway whose base URL carries the supplier's prefix. */
public final class OctoBackend {

    private OctoBackend() {
    }

    /**
     * @param zone               where the desk is (what "today's bookings" means)
     * @param undoWindow         how long after a redemption the desk lets a supervisor undo it
     * @param validateConfigured whether this supplier's validate call is to be used
     */
    public static Backend over(HttpGateway gateway, Clock clock, ZoneId zone, Duration undoWindow,
                               boolean validateConfigured) {
        OctoRedemptionClient octo = new OctoRedemptionClient(gateway, "redemption");
        BookingOrders orders = new BookingOrders(clock, undoWindow);
        OctoBookingPoller poller = new OctoBookingPoller(new OctoBookingsClient(gateway, octo), octo, orders, clock,
                zone);
        return new Backend(BackendType.OCTO, new OctoSupplierRedemption(octo, validateConfigured),
                new OctoUndo(octo, poller, orders, clock), poller,
                PushRecovery.none("A plain OCTO supplier keeps no push events for the desk to recover."),
                "OCTO supplier at " + gateway.base() + " (redemption and bookings; no order feed, no pushes, "
                        + "no server idempotency: status polled, retries checked by lookup)");
    }
}
