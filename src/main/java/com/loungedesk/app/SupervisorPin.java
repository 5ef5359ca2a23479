package com.loungedesk.app;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.staff.PinCheck;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.SecurityEvent;
import com.loungedesk.staff.SecurityLogException;
import com.loungedesk.staff.SupervisorPins;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;

/**
 * A supervisor's PIN on the command line: read from standard input ({@code --pin-stdin}, for scripts) or
 * asked on the terminal without echo, and checked against this desk's supervisors (the console's PIN store
 * and its lockout, kept in the journal); every attempt is journaled (who and the result, never the PIN).
 */
final class SupervisorPin {

    private SupervisorPin() {
    }

    /**
     * Asks for the PIN of {@code who} and checks it for {@code action}: an empty answer when the supervisor
     * may act, else the sentence why not, starting with {@code refused} ("Not cancelled", "Nobody was
     * admitted").
     */
    static String authorise(boolean fromStdin, String who, String action, String refused, DeskSettings settings,
                            ClientServices services) {
        SupervisorPins pins = new SupervisorPins(AppPaths.forThisUser().configDir().resolve(SupervisorPins.FILE_NAME),
                PinHasher.standard(), PinLockout.standard(Clock.systemUTC(),
                JournalSecurityLog.over(services.journal(), settings.deskId())));
        char[] pin = null;
        try {
            pin = read(fromStdin, System.in, System.console(), who);
            if (pin == null || pin.length == 0) {
                pins.log().record(SecurityEvent.of(SecurityEvent.Kind.PIN_MISSING, who, "", action));
                return refused + ": the supervisor's PIN is needed. Run it on a terminal to be asked for it, "
                        + "or pass --pin-stdin and give it on standard input.";
            }
            PinCheck check = pins.check(who, pin, action);
            return switch (check.result()) {
                case OK -> "";
                case WRONG_PIN -> refused + ": wrong PIN. " + check.triesLeft()
                        + " tries left before supervisor actions lock.";
                case UNKNOWN_SUPERVISOR -> refused + ": no supervisor \"" + who + "\" is set up on this desk. "
                        + check.triesLeft() + " tries left before supervisor actions lock.";
                case LOCKED -> refused + ": too many wrong PINs; supervisor actions are locked for "
                        + Math.max(1, (check.lockedFor().getSeconds() + 59) / 60) + " min.";
                case NOT_RECORDED -> refused + ": the PIN check could not be written to the audit log. "
                        + "The log has the details.";
            };
        } catch (SecurityLogException e) {
            return refused + ": the attempt could not be written to the audit log (" + e.getMessage() + ").";
        } catch (IOException e) {
            return refused + ": the PIN could not be read (" + e.getMessage() + ").";
        } finally {
            if (pin != null) {
                SupervisorPins.wipe(pin);
            }
        }
    }

    /** The PIN typed (the first line of {@code in}, or asked without echo), or null when it cannot be asked. */
    static char[] read(boolean fromStdin, InputStream in, Console console, String who) throws IOException {
        if (fromStdin) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                if (b != '\r') {
                    line.write(b);
                }
            }
            char[] pin = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(line.toByteArray())).array();
            char[] exact = Arrays.copyOf(pin, new String(pin).strip().length());
            Arrays.fill(pin, '\0');
            return exact;
        }
        return console == null ? null : console.readPassword("PIN of supervisor %s: ", who);
    }
}
