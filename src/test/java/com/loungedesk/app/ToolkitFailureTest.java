package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolkitFailureTest {

    private static final String FIX = ". Start it from a desktop session, install the desktop libraries"
            + " (on Debian/Ubuntu: apt-get install -y libgtk-3-0 libv4l-0), or use the command line (loungedesk --help).";

    @Test
    void aMissingGtkLibraryIsNamedEvenWithADisplay() {
        assertEquals("LoungeDesk cannot open its window: the GTK library could not be loaded (Unable to load glass GTK"
                + " library)" + FIX, ToolkitFailure.sentence(new UnsupportedOperationException("Unable to load glass GTK library"),
                Map.of("DISPLAY", ":0")));
    }

    @Test
    void noDisplaySaysDisplayIsNotSet() {
        assertEquals("LoungeDesk cannot open its window: there is no display to open it on (DISPLAY is not set)" + FIX,
                ToolkitFailure.sentence(new UnsupportedOperationException("Unable to open DISPLAY"), Map.of()));
    }

    @Test
    void aDisplayThatCannotBeOpenedIsNamed() {
        assertEquals("LoungeDesk cannot open its window: the display could not be opened (Unable to open DISPLAY)" + FIX,
                ToolkitFailure.sentence(new UnsupportedOperationException("Unable to open DISPLAY"), Map.of("DISPLAY", ":99")));
    }
}
