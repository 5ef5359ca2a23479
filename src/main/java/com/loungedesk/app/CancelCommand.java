package com.loungedesk.app;

import com.loungedesk.redemption.CancelReason;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cancel ORDER_ID --reason R --supervisor ID}: cancel a walk-in usage. The supervisor's PIN is asked
 * without echo on a terminal, or read from standard input with {@code --pin-stdin}; it is checked against the
 * console's PIN file under the same journaled lockout, before anything is sent. Exit 0 cancelled, 2 refused
 * (no PIN, a wrong PIN, a lock, or the backend said no), 3 queued, 1 error.
 */
@Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a walk-in usage order (refunds the visit).")
public final class CancelCommand implements Callable<Integer> {

    @Mixin
    ClientOptions options;

    @Parameters(paramLabel = "ORDER_ID", description = "The usage order to cancel.")
    String orderId;

    @Option(names = "--reason", required = true, paramLabel = "R",
            description = "guest_dissatisfied, wrong_guest, duplicate_scan, or any other text.")
    String reason;

    @Option(names = "--supervisor", paramLabel = "ID", description = "Supervisor who authorises it (default: the operator).")
    String supervisor;

    @Option(names = "--pin-stdin", description = "Read the supervisor's PIN from the first line of standard input (for scripts).")
    boolean pinStdin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CancelReason code = parse(reason);
        String note = code == CancelReason.OTHER ? reason : "";
        return ClientRun.run(options, err, (services, s) -> {
            String who = supervisor != null ? supervisor : options.who(s).operatorId();
            String refusal = SupervisorPin.authorise(pinStdin, who, "cancel " + orderId, "Not cancelled", s, services);
            if (!refusal.isEmpty()) {
                err.println(refusal);
                return ExitCodes.REFUSED;
            }
            services.outboxSync().syncOnce();
            Verdict v = services.desk().cancelUsage(options.who(s), orderId, code, note, who);
            (v.kind() == VerdictKind.VALID ? out : err).println(v.kind() + ": " + v.message());
            out.flush();
            return ExitCodes.of(v.kind());
        });
    }

    static CancelReason parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (CancelReason r : CancelReason.values()) {
            if (r.name().equals(t) && r != CancelReason.OTHER) {
                return r;
            }
        }
        return CancelReason.OTHER;
    }
}
