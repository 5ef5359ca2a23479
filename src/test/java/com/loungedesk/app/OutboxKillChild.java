package com.loungedesk.app;

import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.Verdict;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a forked JVM by {@link OutboxKillTest}: looks a pass up and redeems it, but stops between
 * "written to the outbox" and "sent" (prints the key, then waits to be killed with -9).
 */
public final class OutboxKillChild {

    private OutboxKillChild() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        ClientServices services = ClientServices.open(SandboxFixture.settings(url), url, Path.of(args[1]), Path.of(args[1]).resolveSibling("config"),
                OrderTracker.Settings.defaults());
        services.sender().setGate(entry -> {
            System.out.println("WRITTEN " + entry.idempotencyKey());
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to be killed", e);
            }
        });
        DeskContext who = new DeskContext("desk-9", "kim", "Kim");
        LookupOutcome pass = services.desk().lookup(who, args[2], "typed");
        Verdict v = services.desk().redeem(who, pass, List.of(pass.bookings().get(0).redemptionCode()), 0);
        System.out.println("SENT " + v.kind());
    }
}
