package com.loungedesk.app;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar's manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "LoungeDesk " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
