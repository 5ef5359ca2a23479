package com.loungedesk.reliability;

import com.loungedesk.app.ClientServices;
import com.loungedesk.redemption.CancelReason;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.PassBooking;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One desk of {@link DeskLoadTest}: lookup + redeem on its own passes through the real desk, and now
 * and then a supervisor cancel of one of its usages. Records every verdict; anything unexpected is a problem.
 */
final class LoadDeskRun {

    static final int ENTITLEMENTS = 40;

    private final String name;
    private final ClientServices services;
    private final List<String> passes;
    private final SplittableRandom random;
    private final DeskContext who;
    private final List<String> redeemed = new CopyOnWriteArrayList<>();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> perPass = new HashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile int queued;

    LoadDeskRun(String name, ClientServices services, List<String> passes, long seed) {
        this.name = name;
        this.services = services;
        this.passes = new ArrayList<>(passes);
        this.random = new SplittableRandom(seed);
        this.who = new DeskContext(name, "op-" + name, null);
    }

    void run(long deadline) {
        int current = 0;
        while (System.nanoTime() < deadline && current < passes.size()) {
            String reference = passes.get(current);
            LookupOutcome pass = services.desk().lookup(who, reference, "typed");
            PassBooking booking = pass.found() ? pass.bookings().get(0) : null;
            if (booking == null || !booking.redeemable()) {
                current++;
                continue;
            }
            Verdict v = services.desk().redeem(who, pass, List.of(booking.redemptionCode()), 0);
            if (v.kind() == VerdictKind.VALID) {
                redeemed.add(v.orderId());
                perPass.merge(reference, 1, Integer::sum);
            } else if (v.kind() == VerdictKind.QUEUED) {
                // a slow answer: the outbox sends it once later; leave this pass alone until then
                perPass.merge(reference, 1, Integer::sum);
                queued++;
                current++;
            } else {
                problems.add("redeem " + reference + ": " + v.kind() + " " + v.message());
                return;
            }
            if (random.nextInt(5) == 0) {
                cancelOne();
            }
        }
    }

    private void cancelOne() {
        String orderId = redeemed.get(random.nextInt(redeemed.size()));
        if (!touched.add(orderId)) {
            return;
        }
        Verdict v = services.desk().cancelUsage(who, orderId, CancelReason.DUPLICATE_SCAN, "", "sup-" + name);
        if (v.kind() == VerdictKind.VALID) {
            cancelled.add(orderId);
        } else {
            problems.add("cancel " + orderId + ": " + v.kind() + " " + v.message());
        }
    }

    /** An order of this desk nobody cancelled yet, or null. */
    String anyRedeemed(SplittableRandom r) {
        return redeemed.isEmpty() ? null : redeemed.get(r.nextInt(redeemed.size()));
    }

    /** Claims the order for a simulated cancel (so desk and simulator never race on one order). */
    boolean markSimulatedCancel(String orderId) {
        return touched.add(orderId);
    }

    String name() {
        return name;
    }

    ClientServices services() {
        return services;
    }

    List<String> redeemed() {
        return redeemed;
    }

    Set<String> cancelled() {
        return cancelled;
    }

    Map<String, Integer> redeemsPerPass() {
        return perPass;
    }

    int queued() {
        return queued;
    }

    List<String> problems() {
        return problems;
    }
}
