package com.loungedesk.api.octo;

import com.loungedesk.api.ApiException;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OctoRedemptionClient;
import com.loungedesk.api.OrderChanges;
import com.loungedesk.api.OrderDto;
import com.loungedesk.api.OrderStatusSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Order status from a plain OCTO supplier, which has no change feed: each poll asks for today's
 * bookings where the desk is ({@code GET bookings?localDate=}; in the small hours, yesterday too, with
 * {@code localDateStart}/{@code localDateEnd}), plus {@code GET bookings/{uuid}} for each booking this
 * desk touched today that the list did not hold, and answers only what changed since the last poll.
 */
final class OctoBookingPoller implements OrderStatusSource {

    /** Until this local time, the day before still counts as today (a shift that runs past midnight). */
    static final LocalTime DAY_TURNS = LocalTime.of(4, 0);

    private final OctoBookingsClient bookings;
    private final OctoRedemptionClient redemption;
    private final BookingOrders orders;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, Set<String>> touched = new LinkedHashMap<>();
    private LocalDate touchedOn;

    OctoBookingPoller(OctoBookingsClient bookings, OctoRedemptionClient redemption, BookingOrders orders,
                      Clock clock, ZoneId zone) {
        this.bookings = bookings;
        this.redemption = redemption;
        this.orders = orders;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public OrderChanges changedSince(String apiKey, java.time.Instant since) throws ApiException {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        LocalDate today = now.toLocalDate();
        LocalDate from = now.toLocalTime().isBefore(DAY_TURNS) ? today.minusDays(1) : today;
        List<LookupItem> list = new ArrayList<>(bookings.between(apiKey, from, today));
        int requests = 1;
        Set<String> listed = new HashSet<>();
        list.forEach(b -> listed.add(b.uuid()));
        for (String uuid : touchedToday(apiKey, today)) {
            if (!listed.contains(uuid)) {
                list.add(bookings.booking(apiKey, uuid));
                requests++;
            }
        }
        return new OrderChanges(orders.changed(apiKey, list), requests, clock.instant());
    }

    /** One booking by uuid, or by a redemption code (looked up); the desk follows it from now on today. */
    @Override
    public OrderDto order(String apiKey, String orderId) throws ApiException {
        LookupItem booking = find(apiKey, orderId);
        touch(apiKey, booking.uuid());
        return orders.current(apiKey, booking);
    }

    /** The booking an id names: its uuid when the supplier knows one, else a code found by lookup. */
    LookupItem find(String apiKey, String id) throws ApiException {
        if (looksLikeUuid(id)) {
            return bookings.booking(apiKey, id);
        }
        List<LookupItem> found = redemption.lookup(apiKey, id);
        if (found.isEmpty() || found.get(0).uuid() == null) {
            throw new ApiException(ApiException.Kind.NOT_FOUND, "INVALID_BOOKING_UUID", 400,
                    "The supplier knows no booking " + id + ".");
        }
        return found.get(0);
    }

    @Override
    public String describe() {
        return "today's bookings (GET bookings?localDate=)";
    }

    private synchronized void touch(String apiKey, String uuid) {
        touchedToday(apiKey, LocalDate.now(clock.withZone(zone)));
        touched.computeIfAbsent(apiKey, k -> new java.util.LinkedHashSet<>()).add(uuid);
    }

    private synchronized List<String> touchedToday(String apiKey, LocalDate today) {
        if (!today.equals(touchedOn)) {
            touched.clear();
            touchedOn = today;
        }
        return List.copyOf(touched.getOrDefault(apiKey, Set.of()));
    }

    static boolean looksLikeUuid(String id) {
        return id != null && id.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
