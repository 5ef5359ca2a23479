package com.loungedesk.orders;

import java.util.Objects;

/**
 * The rules for merging news about one order, whatever brought it (poll, the desk's own action,
 * push). News is ordered by {@code revision} when both sides carry one; otherwise (a push has no
 * revision) by the lifecycle: walk-in 2 -> 3; prebooking 5 -> 1 / 10 / 3, 1 -> 2 / 3 (a skipped step
 * counts as reachable, since a poll may miss the middle). Cancelled, failed and a used prebooking are
 * final: a cancellation seen before its creation wins and the later creation is ignored. Stale,
 * duplicate and illegal news never moves an order backwards.
 */
public final class OrderMerge {

    private OrderMerge() {
    }

    public enum Outcome {
        /** New to the desk. */
        ADDED,
        /** Newer news with another status. */
        STATUS_CHANGED,
        /** Newer news, same status (details changed). */
        UPDATED,
        /** The same news again. */
        DUPLICATE,
        /** Older news than what the desk holds. */
        STALE,
        /** A move the lifecycle does not allow. */
        ILLEGAL;

        public boolean changed() {
            return this == ADDED || this == STATUS_CHANGED || this == UPDATED;
        }
    }

    /** The outcome and the order to keep (the current one when nothing changed). */
    public record Result(Outcome outcome, UsageOrder kept) {
    }

    public static Result merge(UsageOrder current, UsageOrder incoming) {
        Objects.requireNonNull(incoming, "incoming");
        if (current == null) {
            return new Result(Outcome.ADDED, incoming);
        }
        boolean bothRevised = current.revision() > 0 && incoming.revision() > 0;
        OrderStatus from = current.status();
        OrderStatus to = incoming.status();
        if (bothRevised) {
            if (incoming.revision() < current.revision()) {
                return new Result(Outcome.STALE, current);
            }
            if (incoming.revision() == current.revision()) {
                return new Result(Outcome.DUPLICATE, current);
            }
            if (from == to) {
                return new Result(Outcome.UPDATED, filled(incoming, current));
            }
            if (from == OrderStatus.UNKNOWN || to == OrderStatus.UNKNOWN
                    || reachable(category(current, incoming), from, to)) {
                return new Result(Outcome.STATUS_CHANGED, filled(incoming, current));
            }
            return new Result(Outcome.ILLEGAL, current);
        }
        OrderCategory category = category(current, incoming);
        if (from == to) {
            return incoming.revision() > current.revision()
                    ? new Result(Outcome.UPDATED, filled(incoming, current))
                    : new Result(Outcome.DUPLICATE, current);
        }
        if (reachable(category, from, to)) {
            return new Result(Outcome.STATUS_CHANGED, filled(incoming, current));
        }
        return new Result(reachable(category, to, from) ? Outcome.STALE : Outcome.ILLEGAL, current);
    }

    /** Whether {@code to} can follow {@code from} (directly or through steps a poll may have missed). */
    public static boolean reachable(OrderCategory category, OrderStatus from, OrderStatus to) {
        if (from == to) {
            return false;
        }
        return switch (category) {
            case WALK_IN -> walkIn(from, to);
            case PREBOOKING -> prebooking(from, to);
            case BOOKING -> true; // the supplier's revisions order a booking's moves; it may be un-redeemed
            case UNKNOWN -> walkIn(from, to) || prebooking(from, to);
        };
    }

    /** True when no further move is legal. */
    public static boolean isFinal(OrderCategory category, OrderStatus status) {
        for (OrderStatus next : OrderStatus.values()) {
            if (next != OrderStatus.UNKNOWN && reachable(category, status, next)) {
                return false;
            }
        }
        return status != OrderStatus.UNKNOWN;
    }

    private static boolean walkIn(OrderStatus from, OrderStatus to) {
        return from == OrderStatus.USED && to == OrderStatus.CANCELLED;
    }

    private static boolean prebooking(OrderStatus from, OrderStatus to) {
        return switch (from) {
            case PENDING -> to == OrderStatus.CONFIRMED || to == OrderStatus.FAILED || to == OrderStatus.CANCELLED
                    || to == OrderStatus.USED;
            case CONFIRMED -> to == OrderStatus.USED || to == OrderStatus.CANCELLED;
            default -> false;
        };
    }

    private static OrderCategory category(UsageOrder current, UsageOrder incoming) {
        return current.category() != OrderCategory.UNKNOWN ? current.category() : incoming.category();
    }

    /** The incoming order, with fields it lacks (a push carries fewer) taken from what the desk holds. */
    static UsageOrder filled(UsageOrder in, UsageOrder cur) {
        return new UsageOrder(in.orderId(),
                in.category() != OrderCategory.UNKNOWN ? in.category() : cur.category(),
                in.module() != 0 ? in.module() : cur.module(), in.status(),
                or(in.bookingReference(), cur.bookingReference()),
                in.redemptionCodes().isEmpty() ? cur.redemptionCodes() : in.redemptionCodes(),
                or(in.dpId(), cur.dpId()), or(in.programId(), cur.programId()),
                or(in.transportHubName(), cur.transportHubName()), or(in.resourceName(), cur.resourceName()),
                in.cardholders() != 0 ? in.cardholders() : cur.cardholders(), in.guests(),
                or(in.orderCreatedDate(), cur.orderCreatedDate()), or(in.usageDate(), cur.usageDate()),
                or(in.orderCancelledDate(), cur.orderCancelledDate()), or(in.updatedAt(), cur.updatedAt()),
                Math.max(in.revision(), cur.revision()), in.statusName());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
