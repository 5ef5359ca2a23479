package com.loungedesk.app;

import com.loungedesk.redemption.CancelReason;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.staff.PinCheck;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.SecurityEvent;
import com.loungedesk.staff.SecurityLogException;
import com.loungedesk.staff.SupervisorPins;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
            SupervisorPins pins = new SupervisorPins(AppPaths.forThisUser().configDir().resolve(SupervisorPins.FILE_NAME),
                    PinHasher.standard(), PinLockout.standard(Clock.systemUTC(),
                    JournalSecurityLog.over(services.journal(), s.deskId())));
            String refusal = authorise(pins, who);
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

    /** Asks for the PIN and checks it; an empty answer when the supervisor may cancel, else the sentence why not. */
    private String authorise(SupervisorPins pins, String who) {
        char[] pin = readPin(who);
        try {
            if (pin == null || pin.length == 0) {
                pins.log().record(SecurityEvent.of(SecurityEvent.Kind.PIN_MISSING, who, "", "cancel " + orderId));
                return "Not cancelled: the supervisor's PIN is needed. Run it on a terminal to be asked for it, "
                        + "or pass --pin-stdin and give it on standard input.";
            }
            PinCheck check = pins.check(who, pin, "cancel " + orderId);
            return switch (check.result()) {
                case OK -> "";
                case WRONG_PIN -> "Not cancelled: wrong PIN. " + check.triesLeft()
                        + " tries left before supervisor actions lock.";
                case UNKNOWN_SUPERVISOR -> "Not cancelled: no supervisor \"" + who + "\" is set up on this desk. "
                        + check.triesLeft() + " tries left before supervisor actions lock.";
                case LOCKED -> "Not cancelled: too many wrong PINs; supervisor actions are locked for "
                        + Math.max(1, (check.lockedFor().getSeconds() + 59) / 60) + " min.";
                case NOT_RECORDED -> "Not cancelled: the PIN check could not be written to the audit log. "
                        + "The log has the details.";
            };
        } catch (SecurityLogException e) {
            return "Not cancelled: the attempt could not be written to the audit log (" + e.getMessage() + ").";
        } finally {
            SupervisorPins.wipe(pin);
        }
    }

    /** The PIN from standard input (--pin-stdin) or the terminal without echo; null when there is neither. */
    private char[] readPin(String who) {
        if (pinStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? null : line.strip().toCharArray();
            } catch (IOException e) {
                return null;
            }
        }
        Console console = System.console();
        return console == null ? null : console.readPassword("PIN of supervisor %s: ", who);
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
