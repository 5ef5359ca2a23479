package com.loungedesk.sandbox;

import java.util.Locale;

/**
 * What the sandbox plays: our own LoungeDesk contract (OCTO redemption with our extras, the
 * {@code /orders} feed, pushes), or a plain OCTO supplier that serves only what OCTO publishes.
 */
public enum SandboxType {
    LOUNGEDESK,
    OCTO;

    /** "loungedesk" or "octo", in any case; anything else is refused with a sentence. */
    public static SandboxType parse(String text) {
        for (SandboxType t : values()) {
            if (t.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("the sandbox type must be loungedesk or octo, not \"" + text + "\"");
    }

    /** The name as typed on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
