package com.loungedesk.scan.decode;

import com.loungedesk.scan.classify.SafeText;
import com.loungedesk.scan.source.ImageFiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes image files and folders, one line per image: {@code PATH<TAB>FORMAT<TAB>TEXT} (text escaped
 * onto one line) or {@code PATH<TAB>-<TAB>} when no code was found. Unreadable files are reported on
 * the error stream and the run goes on. The engine behind the {@code decode} command.
 */
public final class ImageBatchDecoder {
    private final boolean stock;

    /** @param stock decode with plain stock ZXing (MultiFormatReader + TRY_HARDER) instead of our decoder */
    public ImageBatchDecoder(boolean stock) {
        this.stock = stock;
    }

    /** Answers how many paths or files could not be read. */
    public int run(List<Path> filesOrFolders, PrintWriter out, PrintWriter err) {
        List<String> problems = new ArrayList<>();
        List<Path> images = ImageFiles.expand(filesOrFolders, problems);
        problems.forEach(err::println);
        err.flush();
        int failures = problems.size();
        FrameDecoder ours = new FrameDecoder(DecoderSettings.defaults());
        StockDecoder baseline = new StockDecoder();
        for (Path path : images) {
            BufferedImage image;
            try {
                image = StillImage.read(path);
            } catch (IOException e) {
                err.println(path + ": " + e.getMessage());
                failures++;
                continue;
            }
            Optional<DecodedCode> code = stock ? baseline.decode(image) : ours.decodeStill(image);
            out.println(path + "\t" + code.map(c -> c.format().name() + "\t" + SafeText.escape(c.text())).orElse("-\t"));
            out.flush();
        }
        err.flush();
        return failures;
    }
}
