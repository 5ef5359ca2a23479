package com.loungedesk.util;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** Whether a URL's host is this machine: the only place plain {@code http://} may reach without asking. */
public final class Loopback {

    private Loopback() {
    }

    /**
     * True for {@code localhost} (and {@code *.localhost}) and literal loopback addresses; a host name is
     * never resolved here, so DNS cannot make a remote host "loopback".
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
