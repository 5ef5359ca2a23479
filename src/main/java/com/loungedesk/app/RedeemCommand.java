package com.loungedesk.app;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.staff.PinCheck;
import com.loungedesk.staff.SupervisorPins;
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
 * also a package with several bookings and no --booking: they are listed), 3 queued, 1 other error (also
 * when the backend cannot be reached: nothing was redeemed). With {@code --offline --supervisor ID
 * --reason TEXT [--pin-stdin]}, a backend that cannot be reached makes it an offline admission on the
 * supervisor's PIN instead: queued (exit 3), checked and redeemed when the backend answers again; a wrong
 * or missing PIN admits nobody (exit 2).
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

    @Option(names = "--offline", description = "If the backend cannot be reached, admit offline on a supervisor's PIN: "
            + "the guest goes in before the pass is checked; it is redeemed when the backend answers again.")
    boolean offline;

    @Option(names = "--supervisor", paramLabel = "ID", description = "The supervisor allowing an offline admission.")
    String supervisor;

    @Option(names = "--pin-stdin", description = "Read the supervisor's PIN from standard input (else asked without echo).")
    boolean pinStdin;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the guest is admitted offline.")
    String reason;

    @Option(names = "--people", paramLabel = "N", description = "People let in offline (default: 1 + guests).")
    Integer people;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ClientRun.run(options, err, (services, s) -> {
            services.outboxSync().syncOnce();
            LookupOutcome lookup = services.desk().lookup(options.who(s), reference, "cli");
            if (lookup.failure() != null && lookup.failure().kind() == VerdictKind.OFFLINE) {
                return offline ? admitOffline(services, s, err, out) : unreachable(lookup, err);
            }
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
            (v.kind() == VerdictKind.VALID ? out : err).println(v.kind() + ": " + v.message());
            out.flush();
            return ExitCodes.of(v.kind());
        });
    }

    private static int unreachable(LookupOutcome lookup, PrintWriter err) {
        err.println("could not reach the backend: nothing was redeemed. (" + lookup.failure().message() + ")");
        err.println("A supervisor may admit the guest offline: redeem REF --offline --supervisor ID --reason TEXT.");
        return ExitCodes.ERROR;
    }

    private int admitOffline(ClientServices services, DeskSettings s, PrintWriter err, PrintWriter out) {
        if (supervisor == null || supervisor.isBlank() || reason == null || reason.isBlank()) {
            err.println("could not reach the backend: nothing was redeemed. An offline admission needs --supervisor ID"
                    + " and --reason TEXT.");
            return ExitCodes.ERROR;
        }
        String refusal = SupervisorPin.authorise(pinStdin, supervisor.strip(), "offline admission " + reference,
                "Nobody was admitted", s, services);
        if (!refusal.isEmpty()) {
            err.println(refusal);
            return ExitCodes.REFUSED;
        }
        Verdict v = services.offlineAdmissions().admit(options.who(s), reference, supervisor.strip(), reason,
                people != null ? people : 1 + guests);
        (v.kind() == VerdictKind.QUEUED ? out : err).println(v.kind() + ": " + v.message());
        out.flush();
        return v.kind() == VerdictKind.QUEUED ? ExitCodes.QUEUED : v.kind() == VerdictKind.ERROR ? ExitCodes.ERROR
                : ExitCodes.REFUSED;
    }
}
