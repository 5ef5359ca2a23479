package com.loungedesk.app;

import com.loungedesk.config.DeskSettings;
import java.io.PrintWriter;

/**
 * The client commands' one frame: the settings from the flags, the client services opened on them, the
 * command's work, and a failure to open them turned into its sentence on stderr and exit code 1.
 */
final class ClientRun {

    /** What a command does with the open services. */
    interface Work<E extends Exception> {
        int run(ClientServices services, DeskSettings settings) throws E;
    }

    private ClientRun() {
    }

    static <E extends Exception> int run(ClientOptions options, PrintWriter err, Work<E> work) throws E {
        DeskSettings s = options.settings();
        try (ClientServices services = options.open(s)) {
            return work.run(services, s);
        } catch (ClientOptions.CliFailure e) {
            err.println(e.getMessage());
            return ExitCodes.ERROR;
        }
    }
}
