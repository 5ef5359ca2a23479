package com.loungedesk.app;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.journal.Journal;
import com.loungedesk.journal.JournalException;
import com.loungedesk.journal.VerifyResult;
import com.loungedesk.redemption.SyncReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code journal sync|verify|export}: the desk's local journal. */
@Command(name = "journal", mixinStandardHelpOptions = true, description = "Send queued actions, verify or export the journal.",
        subcommands = {JournalCommand.Sync.class, JournalCommand.Verify.class, JournalCommand.Export.class})
public final class JournalCommand {

    /** Exit 0 all sent (refusals are printed), 3 some still waiting (backend unreachable), 1 error. */
    @Command(name = "sync", mixinStandardHelpOptions = true, description = "Send every queued redeem and cancel now.")
    static final class Sync implements Callable<Integer> {
        @Mixin
        ClientOptions options;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            DeskSettings s = options.settings();
            try (ClientServices services = options.open(s)) {
                SyncReport r = services.outboxSync().syncOnce();
                out.println(r.sent() + " sent, " + r.refused() + " refused, " + r.kept() + " still waiting.");
                out.flush();
                if (!r.allSent()) {
                    err.println(r.message());
                    return ExitCodes.QUEUED;
                }
                return ExitCodes.DONE;
            } catch (ClientOptions.CliFailure e) {
                err.println(e.getMessage());
                return ExitCodes.ERROR;
            }
        }
    }

    /**
     * Exit 0 intact, 1 an entry was edited, deleted or moved, the journal was cut short, wiped or lost its
     * tables, or the desk key is missing (what was found is printed). Opens the journal read-only.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the audit log's HMAC chain against the desk key and the head kept outside the journal.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        ClientOptions options;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Journal journal = existing(options)) {
                VerifyResult r = journal.audit().verify();
                (r.intact() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(r.message());
                return r.intact() ? ExitCodes.DONE : ExitCodes.ERROR;
            } catch (JournalException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return ExitCodes.ERROR;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export the audit log or the shift summary as CSV.")
    static final class Export implements Callable<Integer> {
        @Mixin
        ClientOptions options;
        @Option(names = "--shift", description = "Export the per-operator shift summary instead of the audit log.")
        boolean shift;
        @Option(names = "--from", paramLabel = "ISO", description = "From this moment (default: the beginning).")
        Instant from = Instant.EPOCH;
        @Option(names = "--to", paramLabel = "ISO", description = "Up to this moment (default: now).")
        Instant to;
        @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
        Path file;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Instant until = to == null ? Instant.now().plusSeconds(1) : to;
            try (Journal journal = existing(options)) {
                if (file == null) {
                    write(journal, spec.commandLine().getOut(), until);
                } else {
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        write(journal, w, until);
                    }
                }
                return ExitCodes.DONE;
            } catch (JournalException | IOException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return ExitCodes.ERROR;
            }
        }

        private void write(Journal journal, Writer w, Instant until) throws JournalException, IOException {
            if (shift) {
                journal.shifts().exportCsv(w, from, until);
            } else {
                journal.audit().exportCsv(w, from, until);
            }
            w.flush();
        }
    }

    /** The journal of {@code --data-dir}, opened read-only, with the desk key from the user's config folder. */
    static Journal existing(ClientOptions options) throws JournalException {
        return Journal.openReadOnly(options.dataDir(), options.configDir());
    }
}
