package com.loungedesk.app;

import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code redeem REFERENCE [--booking CODE...] [--guests N]}. Exit 0 redeemed, 2 refused (reason printed;
 * also a package with several bookings and no --booking: they are listed), 3 queued, 1 other error.
 */
@Command(name = "redeem", mixinStandardHelpOptions = true, description = "Redeem a pass (or chosen bookings of a package).")
public final class RedeemCommand implements Callable<Integer> {

    @Mixin
    ClientOptions options;

    @Parameters(paramLabel = "REFERENCE", description = "The scanned or typed pass reference.")
    String reference;

    @Option(names = "--booking", paramLabel = "CODE", description = "Redemption code of a booking to redeem; repeatable.")
    List<String> bookings = new ArrayList<>();

    @Option(names = "--guests", paramLabel = "N", defaultValue = "0", description = "Guests besides the holder (default 0).")
    int guests;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ClientRun.run(options, err, (services, s) -> {
            services.outboxSync().syncOnce();
            LookupOutcome lookup = services.desk().lookup(options.who(s), reference, "cli");
            if (lookup.failure() != null) {
                err.println(lookup.failure().message());
                return ExitCodes.of(lookup.failure().kind());
            }
            List<String> codes = bookings;
            if (codes.isEmpty()) {
                if (lookup.isPackage()) {
                    LookupCommand.print(out, lookup);
                    err.println("This pass holds several bookings: choose with --booking CODE (repeatable).");
                    return ExitCodes.REFUSED;
                }
                codes = List.of(lookup.bookings().get(0).redemptionCode());
            }
            Verdict v = services.desk().redeem(options.who(s), lookup, codes, guests);
            (v.kind() == com.loungedesk.redemption.VerdictKind.VALID ? out : err).println(v.kind() + ": " + v.message());
            out.flush();
            return ExitCodes.of(v.kind());
        });
    }
}
