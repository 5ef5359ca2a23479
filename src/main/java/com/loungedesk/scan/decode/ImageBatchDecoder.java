package com.loungedesk.scan.decode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.loungedesk.scan.source.ImageFiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes image files and folders: exactly one line per input, in argument order (sorted by path within
 * a folder), all on the output stream. As text: {@code PATH<TAB>FORMAT<TAB>TEXT}, {@code PATH<TAB>-<TAB>}
 * when no code was found, {@code PATH<TAB>ERROR<TAB>REASON} when the input could not be read, with PATH,
 * TEXT and REASON in {@link TextEscapes}. As JSON lines: {@code {"path","format","text"}} with
 * {@code format} and {@code text} null when no code was found, plus {@code "error"} when the input could not
 * be read. The run goes on after a failure. The engine behind the {@code decode} command.
 */
public final class ImageBatchDecoder {
    /** The FORMAT column of an input that could not be read (no barcode format has this name). */
    public static final String ERROR = "ERROR";
    private static final Logger LOG = LoggerFactory.getLogger(ImageBatchDecoder.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean stock;
    private final boolean json;

    /** @param stock decode with plain stock ZXing (MultiFormatReader + TRY_HARDER) instead of our decoder */
    public ImageBatchDecoder(boolean stock) {
        this(stock, false);
    }

    /** @param json write one JSON object per line instead of tab-separated text */
    public ImageBatchDecoder(boolean stock, boolean json) {
        this.stock = stock;
        this.json = json;
    }

    /** Answers how many inputs could not be read. */
    public int run(List<Path> filesOrFolders, PrintWriter out, PrintWriter err) {
        FrameDecoder ours = new FrameDecoder(DecoderSettings.defaults());
        StockDecoder baseline = new StockDecoder();
        int failures = 0;
        for (ImageFiles.Entry entry : ImageFiles.entries(filesOrFolders)) {
            String problem = entry.problem();
            Optional<DecodedCode> code = Optional.empty();
            if (problem == null) {
                try {
                    BufferedImage image = StillImage.read(entry.path());
                    code = stock ? baseline.decode(image) : ours.decodeStill(image);
                } catch (IOException e) {
                    LOG.info("decode: cannot read {}", entry.path(), e);
                    problem = e.getMessage();
                }
            }
            if (problem != null) {
                failures++;
            }
            out.println(json ? jsonLine(entry.path(), code, problem) : textLine(entry.path(), code, problem));
            out.flush();
        }
        err.flush();
        return failures;
    }

    static String textLine(Path path, Optional<DecodedCode> code, String problem) {
        String head = TextEscapes.encode(path.toString()) + "\t";
        if (problem != null) {
            return head + ERROR + "\t" + TextEscapes.encode(problem);
        }
        return head + code.map(c -> c.format().name() + "\t" + TextEscapes.encode(c.text())).orElse("-\t");
    }

    static String jsonLine(Path path, Optional<DecodedCode> code, String problem) {
        ObjectNode line = JSON.createObjectNode();
        line.put("path", path.toString());
        line.put("format", code.map(c -> c.format().name()).orElse(null));
        line.put("text", code.map(DecodedCode::text).orElse(null));
        if (problem != null) {
            line.put("error", problem);
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }
}
