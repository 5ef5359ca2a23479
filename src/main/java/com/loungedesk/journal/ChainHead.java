package com.loungedesk.journal;

/**
 * The audit log's head as an export or a shift summary quotes it: the entries it held and the last
 * entry's MAC. A copy of the journal that no longer ends in this MAC was cut short or rewritten.
 */
public record ChainHead(long entries, String mac) {

    /** A short form for people ("42 entries, head MAC 3f2a9c01…"). */
    public String text() {
        return entries + " entries, head MAC " + (mac.length() > 16 ? mac.substring(0, 16) + "…" : mac);
    }
}
