package com.loungedesk.app;

import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.ui.port.DemoPass;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's demo passes for the welcome panel, each with its barcode image. The images ship inside
 * the jar (copied from assets/demo-passes by the build) and are written once to the data folder, so
 * the image frame source can read them as files.
 */
final class DemoPassList implements com.loungedesk.ui.port.DemoPasses {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPassList.class);
    static final String RESOURCES = "/com/loungedesk/demo-passes/";
    private final Path folder;

    DemoPassList(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<DemoPass> list() {
        List<DemoPass> passes = new ArrayList<>();
        for (DemoPasses.DemoPass p : DemoPasses.ALL) {
            int colon = p.description().indexOf(':');
            String name = colon > 0 ? p.description().substring(0, colon) : p.description();
            String more = colon > 0 ? p.description().substring(colon + 1).trim() : "";
            passes.add(new DemoPass(name, p.reference(), more, image(p.reference() + "-qrcode.png")));
        }
        return passes;
    }

    /** The image as a file, or null when the jar does not carry one for this pass. */
    Path image(String name) {
        Path target = folder.resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        try (InputStream in = DemoPassList.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(folder);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            LOG.warn("Could not write demo pass image {}", target, e);
            return null;
        }
    }
}
