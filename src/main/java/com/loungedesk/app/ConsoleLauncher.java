package com.loungedesk.app;

/** Opens the desk console (wired in by the console work). */
final class ConsoleLauncher {
    private ConsoleLauncher() {
    }

    static void launch() {
        System.err.println("The console is not wired in yet.");
    }
}
