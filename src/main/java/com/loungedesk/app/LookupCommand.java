package com.loungedesk.app;

import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.PassBooking;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lookup REFERENCE}: the bookings behind a pass. Exit 0 found, 2 unknown, 1 other error. */
@Command(name = "lookup", mixinStandardHelpOptions = true, description = "Look a pass up and list its bookings.")
public final class LookupCommand implements Callable<Integer> {

    @Mixin
    ClientOptions options;

    @Parameters(paramLabel = "REFERENCE", description = "The scanned or typed pass reference.")
    String reference;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ClientRun.run(options, err, (services, s) -> {
            LookupOutcome outcome = services.desk().lookup(options.who(s), reference, "cli");
            if (outcome.failure() != null) {
                err.println(outcome.failure().message());
                return ExitCodes.of(outcome.failure().kind());
            }
            print(out, outcome);
            return ExitCodes.DONE;
        });
    }

    static void print(PrintWriter out, LookupOutcome outcome) {
        out.println(outcome.bookings().size() + (outcome.isPackage() ? " bookings" : " booking") + " for "
                + outcome.reference() + ":");
        for (PassBooking b : outcome.bookings()) {
            StringBuilder line = new StringBuilder("  ").append(b.redemptionCode()).append("  ").append(b.status())
                    .append("  ").append(b.holderName()).append("  ").append(b.productName()).append("  ")
                    .append(b.units());
            if (b.entitlementsLeft() != null) {
                line.append("  visits left: ").append(b.entitlementsLeft());
            }
            line.append("  guests allowed: ").append(b.guestsAllowed());
            line.append(b.redeemable() ? "  REDEEMABLE" : "  not redeemable: " + b.unredeemableReason());
            if (b.usedAt() != null) {
                line.append("  last used ").append(b.usedAt()).append(b.usedWhere().isEmpty() ? "" : " at " + b.usedWhere());
            }
            out.println(line);
        }
        out.flush();
    }
}
