package com.loungedesk.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the one jar. Not a JavaFX {@code Application}, so {@code java -jar} works on the
 * class path without module flags. No subcommand opens the console.
 */
@Command(name = "loungedesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Desk console for lounge and attraction staff: scan, redeem, watch orders live.",
        subcommands = {CommandLine.HelpCommand.class, DecodeCommand.class})
public final class Main implements Runnable {

    @Override
    public void run() {
        ConsoleLauncher.launch();
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || args.length > 0) {
            System.exit(code);
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }
}
