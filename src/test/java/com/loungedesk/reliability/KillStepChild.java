package com.loungedesk.reliability;

import com.loungedesk.app.ClientServices;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.redemption.CancelReason;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.Verdict;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a forked JVM by {@link KillAtEachStepTest} with {@code -Dloungedesk.haltAt=STEP}: drives the
 * real desk through one redeem ({@code redeem URL DIR REFERENCE}) or one cancel
 * ({@code cancel URL DIR ORDER_ID}); the halt hook ends the process at STEP. Reaching the end is a failure.
 */
public final class KillStepChild {

    private KillStepChild() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[1];
        ClientServices services = ClientServices.open(LiveSandbox.settings(url), url, Path.of(args[2]),
                Path.of(args[2]).resolveSibling("config"), OrderTracker.Settings.defaults());
        DeskContext who = new DeskContext("desk-k", "kim", "Kim");
        Verdict v;
        if (args[0].equals("redeem")) {
            LookupOutcome pass = services.desk().lookup(who, args[3], "typed");
            v = services.desk().redeem(who, pass, List.of(pass.bookings().get(0).redemptionCode()), 0);
        } else {
            v = services.desk().cancelUsage(who, args[3], CancelReason.DUPLICATE_SCAN, "", "sup-1");
        }
        System.out.println("FINISHED " + v.kind() + " " + v.message());
        System.exit(0);
    }
}
