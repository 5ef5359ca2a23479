package com.loungedesk.app;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.journal.AuditEntry;
import com.loungedesk.journal.JournalException;
import com.loungedesk.staff.PinCheck;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
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
 * and lockout), every attempt audited in the journal (who and the result, never the PIN).
 */
final class SupervisorPin {

    private SupervisorPin() {
    }

    /** The PIN typed, or null when there is no way to ask for it. The caller wipes it. */
    static char[] read(boolean fromStdin, InputStream in, Console console) throws IOException {
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
        return console == null ? null : console.readPassword("Supervisor PIN: ");
    }

    /** Checks the PIN of {@code supervisorId} (wrong PINs count toward the desk's lockout) and audits the attempt. */
    static PinCheck check(String supervisorId, char[] pin, DeskSettings settings, ClientServices services)
            throws JournalException {
        SupervisorPins pins = new SupervisorPins(AppPaths.forThisUser().configDir().resolve(SupervisorPins.FILE_NAME),
                PinHasher.standard(), PinLockout.standard(Clock.systemUTC()));
        PinCheck result = pins.check(supervisorId, pin);
        services.journal().audit().append(AuditEntry.of(settings.deskId(), supervisorId, "SUPERVISOR_PIN", "",
                result.result().name(), 0, "", "cli"));
        return result;
    }
}
