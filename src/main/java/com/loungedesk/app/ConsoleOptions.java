package com.loungedesk.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line says about opening the console.
 *
 * @param images    read passes from these image files or this folder instead of a camera, or null
 * @param push      receive push events even if settings leave them off
 * @param readyLine print a line when the window is up (for the start benchmark)
 * @param open      pass images to scan once the desk is up ("Open with LoungeDesk"); maybe empty
 */
record ConsoleOptions(Path images, boolean push, boolean readyLine, List<Path> open) {
    ConsoleOptions {
        open = open == null ? List.of() : List.copyOf(open);
    }
}
