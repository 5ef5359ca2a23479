package com.loungedesk.ui.port;

import java.util.List;

/** The demo passes of the embedded sandbox (empty on a real backend). */
public interface DemoPasses {

    List<DemoPass> list();

    static DemoPasses none() {
        return List::of;
    }
}
