package com.loungedesk.app;

import picocli.CommandLine;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the one jar. Not a JavaFX {@code Application}, so {@code java -jar} works on the
 * class path without module flags. No subcommand opens the console.
 */
@Command(name = "loungedesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Desk console for lounge and attraction staff: scan, redeem, watch orders live.",
        subcommands = {
            CommandLine.HelpCommand.class,
            SandboxCommand.class,
            LookupCommand.class,
            RedeemCommand.class,
            CancelCommand.class,
            OrdersCommand.class,
            JournalCommand.class,
            DecodeCommand.class,
            BenchCommand.class,
        })
public final class Main implements Runnable {

    @Option(names = "--images", paramLabel = "FILE_OR_FOLDER",
            description = "Read passes from image files (or a folder of them) instead of a camera.")
    private Path images;

    @Option(names = "--push", description = "Receive the provider's push events, even if settings leave them off.")
    private boolean push;

    @Parameters(arity = "0..*", paramLabel = "PASS_IMAGE", description = {
        "Pass images to scan once the desk is open (what \"Open with LoungeDesk\" passes).",
        "If the console is already open, they go to it and this start ends."})
    private List<Path> open = new ArrayList<>();

    private boolean consoleOpened;

    @Override
    public void run() {
        ConsoleLauncher.launch(new ConsoleOptions(images, push, Boolean.getBoolean("loungedesk.readyLine"), open));
        consoleOpened = true;
    }

    public static void main(String[] args) {
        LogSetup.init();
        if (args.length == 0) {
            // the desk's everyday start: straight to the console, without building the whole command model
            ConsoleLauncher.launch(new ConsoleOptions(null, false, Boolean.getBoolean("loungedesk.readyLine"), null));
            return;
        }
        Main main = new Main();
        CommandFailures.catchStrayThreads();
        int code = commandLine(main).execute(args);
        if (!main.consoleOpened) {
            System.exit(code); // a subcommand, --help or --version finished: servers' threads must not keep it alive
        }
    }

    static CommandLine commandLine() {
        return commandLine(new Main());
    }

    /** Every command's unexpected failure: one sentence on stderr, the trace in the log file. */
    private static CommandLine commandLine(Main main) {
        return new CommandLine(main).setExecutionExceptionHandler(new CommandFailures());
    }
}
