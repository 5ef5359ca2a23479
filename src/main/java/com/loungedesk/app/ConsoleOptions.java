package com.loungedesk.app;

import java.nio.file.Path;

/**
 * What the command line says about opening the console.
 *
 * @param images    read passes from these image files or this folder instead of a camera, or null
 * @param push      receive push events even if settings leave them off
 * @param readyLine print a line when the window is up (for the start benchmark)
 */
record ConsoleOptions(Path images, boolean push, boolean readyLine) {
}
