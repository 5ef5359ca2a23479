package com.loungedesk.orders;

import static com.loungedesk.orders.OrderStatus.CANCELLED;
import static com.loungedesk.orders.OrderStatus.CONFIRMED;
import static com.loungedesk.orders.OrderStatus.FAILED;
import static com.loungedesk.orders.OrderStatus.PENDING;
import static com.loungedesk.orders.OrderStatus.UNKNOWN;
import static com.loungedesk.orders.OrderStatus.USED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.orders.OrderMerge.Outcome;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderMergeTest {

    private static final Set<OrderStatus> KNOWN = EnumSet.of(CONFIRMED, USED, CANCELLED, PENDING, FAILED);

    @Test
    void walkInMovesOnlyFromUsedToCancelled() {
        for (OrderStatus from : KNOWN) {
            for (OrderStatus to : KNOWN) {
                boolean legal = from == USED && to == CANCELLED;
                assertEquals(legal, OrderMerge.reachable(OrderCategory.WALK_IN, from, to), from + " -> " + to);
            }
        }
    }

    @Test
    void prebookingFollowsItsLifecycleIncludingAMissedConfirmation() {
        Set<String> legal = Set.of("PENDING>CONFIRMED", "PENDING>FAILED", "PENDING>CANCELLED", "PENDING>USED",
                "CONFIRMED>USED", "CONFIRMED>CANCELLED");
        for (OrderStatus from : KNOWN) {
            for (OrderStatus to : KNOWN) {
                assertEquals(legal.contains(from + ">" + to),
                        OrderMerge.reachable(OrderCategory.PREBOOKING, from, to), from + " -> " + to);
            }
        }
    }

    @Test
    void everyLegalMoveWithAHigherRevisionIsApplied() {
        for (OrderCategory c : new OrderCategory[] {OrderCategory.WALK_IN, OrderCategory.PREBOOKING}) {
            for (OrderStatus from : KNOWN) {
                for (OrderStatus to : KNOWN) {
                    OrderMerge.Result r = OrderMerge.merge(Orders.order("o", c, from, 3), Orders.order("o", c, to, 4));
                    Outcome expected = from == to ? Outcome.UPDATED
                            : OrderMerge.reachable(c, from, to) ? Outcome.STATUS_CHANGED : Outcome.ILLEGAL;
                    assertEquals(expected, r.outcome(), c + " " + from + " -> " + to);
                    assertEquals(expected == Outcome.ILLEGAL ? from : to, r.kept().status());
                }
            }
        }
    }

    @Test
    void everyMoveWithoutARevisionIsJudgedByTheLifecycle() {
        for (OrderCategory c : new OrderCategory[] {OrderCategory.WALK_IN, OrderCategory.PREBOOKING}) {
            for (OrderStatus from : KNOWN) {
                for (OrderStatus to : KNOWN) {
                    OrderMerge.Result r = OrderMerge.merge(Orders.order("o", c, from, 3), Orders.order("o", c, to, 0));
                    Outcome expected = from == to ? Outcome.DUPLICATE
                            : OrderMerge.reachable(c, from, to) ? Outcome.STATUS_CHANGED
                            : OrderMerge.reachable(c, to, from) ? Outcome.STALE : Outcome.ILLEGAL;
                    assertEquals(expected, r.outcome(), c + " " + from + " -> " + to);
                    assertEquals(3, r.kept().revision(), "a push never lowers the revision");
                }
            }
        }
    }

    @Test
    void cancellationBeforeCreationWinsAndTheLateCreationIsIgnored() {
        UsageOrder cancelled = OrderMerge.merge(null, Orders.walkIn("DP1", CANCELLED, 0)).kept();
        assertEquals(CANCELLED, cancelled.status());
        OrderMerge.Result late = OrderMerge.merge(cancelled, Orders.walkIn("DP1", USED, 0));
        assertEquals(Outcome.STALE, late.outcome());
        assertEquals(CANCELLED, late.kept().status());
        OrderMerge.Result polled = OrderMerge.merge(cancelled, Orders.walkIn("DP1", USED, 1));
        assertEquals(CANCELLED, polled.kept().status(), "the creation is ignored even when it carries a revision");
    }

    @Test
    void duplicateAndStaleNewsNeverMoveBackwards() {
        UsageOrder now = Orders.walkIn("DP2", CANCELLED, 5);
        assertEquals(Outcome.DUPLICATE, OrderMerge.merge(now, Orders.walkIn("DP2", CANCELLED, 5)).outcome());
        OrderMerge.Result stale = OrderMerge.merge(now, Orders.walkIn("DP2", USED, 4));
        assertEquals(Outcome.STALE, stale.outcome());
        assertSame(now, stale.kept());
    }

    @Test
    void newOrdersAreAddedWhateverTheirStatus() {
        for (OrderStatus s : OrderStatus.values()) {
            assertEquals(Outcome.ADDED, OrderMerge.merge(null, Orders.prebooking("p", s, 1)).outcome());
        }
    }

    @Test
    void unknownStatusesFollowTheRevision() {
        assertEquals(Outcome.STATUS_CHANGED,
                OrderMerge.merge(Orders.walkIn("u", USED, 1), Orders.walkIn("u", UNKNOWN, 2)).outcome());
        assertEquals(Outcome.STATUS_CHANGED,
                OrderMerge.merge(Orders.walkIn("u", UNKNOWN, 2), Orders.walkIn("u", CANCELLED, 3)).outcome());
    }

    @Test
    void aPushWithFewerFieldsKeepsWhatTheDeskKnew() {
        UsageOrder known = Orders.walkIn("f", USED, 2);
        UsageOrder push = new UsageOrder("f", OrderCategory.WALK_IN, 1, CANCELLED, null, null, "dp", "prog", null, null,
                1, 0, null, null, known.updatedAt(), null, 0);
        UsageOrder kept = OrderMerge.merge(known, push).kept();
        assertEquals(CANCELLED, kept.status());
        assertEquals(known.bookingReference(), kept.bookingReference());
        assertEquals(known.redemptionCodes(), kept.redemptionCodes());
        assertEquals(2, kept.revision());
    }

    @Test
    void finalStatesAreFinal() {
        assertTrue(OrderMerge.isFinal(OrderCategory.WALK_IN, CANCELLED));
        assertFalse(OrderMerge.isFinal(OrderCategory.WALK_IN, USED));
        assertTrue(OrderMerge.isFinal(OrderCategory.PREBOOKING, USED));
        assertTrue(OrderMerge.isFinal(OrderCategory.PREBOOKING, FAILED));
        assertFalse(OrderMerge.isFinal(OrderCategory.PREBOOKING, CONFIRMED));
    }
}
