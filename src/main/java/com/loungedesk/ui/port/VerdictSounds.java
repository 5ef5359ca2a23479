package com.loungedesk.ui.port;

import com.loungedesk.redemption.VerdictKind;

/** Plays a short sound for a verdict; never throws, never blocks the caller. */
public interface VerdictSounds {

    void play(VerdictKind kind);

    static VerdictSounds silent() {
        return kind -> { };
    }
}
