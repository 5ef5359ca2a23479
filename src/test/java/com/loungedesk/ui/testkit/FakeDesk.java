package com.loungedesk.ui.testkit;

import com.loungedesk.redemption.BookingStatus;
import com.loungedesk.redemption.CancelReason;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.PassBooking;
import com.loungedesk.redemption.RedemptionDesk;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** An in-test RedemptionDesk with a handful of scripted passes, recording every call. */
public class FakeDesk implements RedemptionDesk {

    public static final Instant USED_AT = Instant.parse("2026-11-23T07:42:00Z");

    public record Redeem(List<String> codes, int guests, String operatorId) { }

    public record Cancel(String orderId, CancelReason reason, String note, String supervisorId, String operatorId) { }

    public final List<Redeem> redeems = new CopyOnWriteArrayList<>();
    public final List<Cancel> cancels = new CopyOnWriteArrayList<>();
    public final List<String> lookups = new CopyOnWriteArrayList<>();
    public volatile boolean offline;
    /** Where redeemed / cancelled walk-in orders are published (a feed), if set. */
    public volatile java.util.function.Consumer<com.loungedesk.orders.UsageOrder> publish = o -> { };
    private final Map<String, Integer> visitsLeft = new java.util.concurrent.ConcurrentHashMap<>(Map.of("EPASS-3", 3));
    private final Map<String, com.loungedesk.orders.UsageOrder> orders = new java.util.concurrent.ConcurrentHashMap<>();
    public volatile CountDownLatch hang;

    public static PassBooking booking(String code, String product, String units, boolean redeemable, String reason,
                                      Integer left, int guests) {
        return new PassBooking(code, "B-" + code, "Mei Lin Chen", product, units,
                redeemable ? BookingStatus.CONFIRMED : BookingStatus.EXPIRED, redeemable, reason, left, guests, null, "");
    }

    private final Map<String, List<PassBooking>> passes = Map.of(
            "VALID-1", List.of(booking("VALID-1", "Skyline Lounge · 3 h", "1 Adult", true, "", null, 0)),
            "EPASS-3", List.of(booking("EPASS-3", "Priority e-pass", "1 Adult", true, "", 3, 2)),
            "USED-1", List.of(new PassBooking("USED-1", "B-USED-1", "Tomas Berg", "Skyline Lounge · 3 h", "1 Adult",
                    BookingStatus.REDEEMED, false, "Redeemed already", null, 0, USED_AT, "Skyline Lounge, desk-2")),
            "PKG-3", List.of(
                    booking("PKG-3-A", "Lounge access", "1 Adult", true, "", null, 1),
                    booking("PKG-3-B", "Fast Track security", "1 Adult", true, "", null, 0),
                    booking("PKG-3-C", "Spa 30 min", "1 Adult", false, "Expired on 20 Nov", null, 0)),
            "EXPIRED-1", List.of(booking("EXPIRED-1", "Skyline Lounge · 3 h", "2 Adults", false, "Expired on 1 Nov", null, 0)));

    @Override
    public LookupOutcome lookup(DeskContext who, String reference, String source) {
        lookups.add(reference + "|" + source);
        await();
        List<PassBooking> found = passes.get(reference);
        if (found == null) {
            return new LookupOutcome(reference, List.of(), Verdict.of(VerdictKind.UNKNOWN_PASS, ""));
        }
        return new LookupOutcome(reference, found.stream().map(this::withVisits).toList(), null);
    }

    private PassBooking withVisits(PassBooking b) {
        Integer left = visitsLeft.get(b.redemptionCode());
        if (left == null) {
            return b;
        }
        return new PassBooking(b.redemptionCode(), b.bookingId(), b.holderName(), b.productName(), b.units(),
                left > 0 ? BookingStatus.CONFIRMED : BookingStatus.REDEEMED, left > 0, left > 0 ? "" : "No visits left",
                left, b.guestsAllowed(), null, "");
    }

    public int visitsLeft(String code) {
        return visitsLeft.getOrDefault(code, -1);
    }

    @Override
    public Verdict redeem(DeskContext who, LookupOutcome lookup, List<String> codes, int guests) {
        redeems.add(new Redeem(codes, guests, who.operatorId()));
        await();
        List<PassBooking> chosen = lookup.bookings().stream().filter(b -> codes.contains(b.redemptionCode())).toList();
        if (offline) {
            return new Verdict(VerdictKind.QUEUED, "", chosen, null);
        }
        PassBooking first = chosen.get(0);
        String orderId = "ord-" + (1000 + redeems.size());
        visitsLeft.computeIfPresent(first.redemptionCode(), (k, v) -> v - 1);
        com.loungedesk.orders.UsageOrder order = new com.loungedesk.orders.UsageOrder(orderId,
                com.loungedesk.orders.OrderCategory.WALK_IN, 1, com.loungedesk.orders.OrderStatus.USED, lookup.reference(),
                codes, "DP" + orderId, "PRG-1", "PEK T3", "Skyline Lounge", 1, guests, Instant.now(), "2026-11-23", null,
                Instant.now(), 1);
        orders.put(orderId, order);
        publish.accept(order);
        PassBooking after = new PassBooking(first.redemptionCode(), first.bookingId(), first.holderName(),
                first.productName(), first.units(), BookingStatus.REDEEMED, false, "",
                first.entitlementsLeft() == null ? null : first.entitlementsLeft() - 1, first.guestsAllowed(),
                null, "");
        return new Verdict(VerdictKind.VALID, "", List.of(after), orderId);
    }

    @Override
    public Verdict cancelUsage(DeskContext who, String orderId, CancelReason reason, String note, String supervisorId) {
        cancels.add(new Cancel(orderId, reason, note, supervisorId, who.operatorId()));
        com.loungedesk.orders.UsageOrder o = orders.get(orderId);
        if (o != null) {
            com.loungedesk.orders.UsageOrder done = new com.loungedesk.orders.UsageOrder(o.orderId(), o.category(),
                    o.module(), com.loungedesk.orders.OrderStatus.CANCELLED, o.bookingReference(), o.redemptionCodes(),
                    o.dpId(), o.programId(), o.transportHubName(), o.resourceName(), o.cardholders(), o.guests(),
                    o.orderCreatedDate(), o.usageDate(), Instant.now(), Instant.now(), o.revision() + 1);
            orders.put(orderId, done);
            o.redemptionCodes().forEach(c -> visitsLeft.computeIfPresent(c, (k, v) -> v + 1));
            publish.accept(done);
        }
        return new Verdict(VerdictKind.VALID, "Cancelled", List.of(), orderId);
    }

    private void await() {
        CountDownLatch latch = hang;
        if (latch != null) {
            try {
                latch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
