package com.loungedesk.ui.port;

import java.nio.file.Path;

/**
 * A demo pass the welcome panel offers on the sandbox.
 *
 * @param name        a short name ("Walk-in e-pass, 3 visits")
 * @param reference   the reference it scans as
 * @param description what it shows at the desk
 * @param image       its barcode image (PNG)
 */
public record DemoPass(String name, String reference, String description, Path image) {
}
