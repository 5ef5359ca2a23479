package com.loungedesk.api.octo;

import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OrderDto;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plain OCTO supplier's bookings as the desk's orders. The supplier gives no revision and no change
 * feed, so this compares each booking with what it last answered for the same key and numbers every
 * change ({@code revision} grows with each change it sees, and with {@code utcUpdatedAt} when sent).
 * Status words map onto the lifecycle the Orders page shows: ON_HOLD/PENDING → Pending, CONFIRMED →
 * Confirmed, REDEEMED → Used, CANCELLED → Cancelled, REJECTED → Failed; anything else keeps its own name.
 * A used booking may be undone within the desk's own window (OCTO sets none). Thread-safe.
 */
final class BookingOrders {

    private record Seen(String fingerprint, long revision, OrderDto order) {
    }

    private final Clock clock;
    private final Duration undoWindow;
    private final Map<String, Seen> seen = new HashMap<>();

    BookingOrders(Clock clock, Duration undoWindow) {
        this.clock = clock;
        this.undoWindow = undoWindow;
    }

    Duration undoWindow() {
        return undoWindow;
    }

    /** The bookings that are new or changed since this key's last answer, as orders. */
    synchronized List<OrderDto> changed(String apiKey, List<LookupItem> bookings) {
        List<OrderDto> out = new ArrayList<>();
        for (LookupItem b : bookings) {
            if (b.uuid() == null || b.uuid().isBlank()) {
                continue; // not a booking the desk can follow
            }
            Seen was = seen.get(key(apiKey, b.uuid()));
            OrderDto now = current(apiKey, b);
            if (was == null || now.revision() != was.revision()) {
                out.add(now);
            }
        }
        return out;
    }

    /** One booking as an order, with the revision this desk gives its current state. */
    synchronized OrderDto current(String apiKey, LookupItem b) {
        String k = key(apiKey, b.uuid());
        String fingerprint = fingerprint(b);
        Seen was = seen.get(k);
        if (was != null && was.fingerprint().equals(fingerprint)) {
            return was.order();
        }
        long updated = b.utcUpdatedAt() == null ? 0 : b.utcUpdatedAt().toEpochMilli();
        long revision = Math.max(was == null ? 1 : was.revision() + 1, updated);
        OrderDto order = toOrder(b, revision);
        seen.put(k, new Seen(fingerprint, revision, order));
        return order;
    }

    private OrderDto toOrder(LookupItem b, long revision) {
        int status = statusCode(b);
        Instant now = clock.instant();
        Instant updatedAt = b.utcUpdatedAt() != null ? b.utcUpdatedAt() : now;
        Instant used = redeemedAt(b);
        Set<String> codes = new LinkedHashSet<>();
        if (b.voucherCode() != null) {
            codes.add(b.voucherCode());
        }
        b.unitItems().stream().map(LookupItem.UnitItem::code).filter(c -> c != null && !c.isBlank()).forEach(codes::add);
        long entered = b.unitItems().stream().filter(LookupItem.UnitItem::used).count();
        int people = status == 2 && entered > 0 ? (int) entered : b.unitItems().size();
        String product = b.product() != null && b.product().internalName() != null ? b.product().internalName()
                : b.productId();
        return new OrderDto(b.uuid(), OrderDto.BOOKING, 0, status, b.supplierReference(), List.copyOf(codes), null,
                null, null, null, b.productId(), product,
                new OrderDto.Passengers(people > 0 ? 1 : 0, Math.max(0, people - 1)), used != null ? used : updatedAt,
                null, status == 3 ? updatedAt : null, updatedAt, revision,
                status == 2 && used != null ? used.plus(undoWindow) : null, null,
                status == -1 ? b.status() : null);
    }

    /** When the booking (or the last of its unit items) was redeemed, or null. */
    static Instant redeemedAt(LookupItem b) {
        Instant at = b.utcRedeemedAt();
        for (LookupItem.UnitItem u : b.unitItems()) {
            if (u.utcRedeemedAt() != null && (at == null || u.utcRedeemedAt().isAfter(at))) {
                at = u.utcRedeemedAt();
            }
        }
        return at;
    }

    /** The lifecycle's code: Used as soon as someone of the party has entered (a party may enter in turns). */
    static int statusCode(LookupItem b) {
        if (b.anyUsed()) {
            return 2;
        }
        return switch (b.octoStatus()) {
            case ON_HOLD, PENDING -> 5;
            case CONFIRMED -> 1;
            case REDEEMED -> 2;
            case CANCELLED -> 3;
            case REJECTED -> 10;
            case EXPIRED, UNKNOWN -> -1;
        };
    }

    private static String fingerprint(LookupItem b) {
        StringBuilder f = new StringBuilder(b.status()).append('|').append(b.utcRedeemedAt()).append('|')
                .append(b.utcUpdatedAt()).append('|').append(b.supplierReference());
        for (LookupItem.UnitItem u : b.unitItems()) {
            f.append('|').append(u.unitId()).append(':').append(u.status()).append(':').append(u.utcRedeemedAt());
        }
        return f.toString();
    }

    private static String key(String apiKey, String uuid) {
        return apiKey.length() + ":" + apiKey + ":" + uuid;
    }
}
