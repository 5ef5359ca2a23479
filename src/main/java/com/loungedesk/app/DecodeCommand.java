package com.loungedesk.app;

import com.loungedesk.scan.decode.ImageBatchDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code decode FILE_OR_FOLDER...}: prints one line per input, in argument order (see ImageBatchDecoder). */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Reads the barcode in each image (folders are searched for images).",
            "Prints one line per input, in argument order:",
            "  PATH<TAB>FORMAT<TAB>TEXT, or PATH<TAB>-<TAB> when nothing was found,",
            "  or PATH<TAB>ERROR<TAB>REASON when it cannot be read (the run goes on;",
            "  exit code 1 at the end).",
            "PATH, TEXT and REASON escape only \\\\ \\t \\n \\r, and other control",
            "characters as \\uXXXX. Images over 40 megapixels are refused; over 12",
            "they are downscaled while read."})
public final class DecodeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "Image files or folders of images.")
    private List<Path> paths;

    @Option(names = "--stock", description = "Decode with plain stock ZXing (MultiFormatReader, TRY_HARDER) for comparison.")
    private boolean stock;

    @Option(names = "--json", description = "One JSON object per line: {\"path\",\"format\",\"text\"}, plus \"error\" for an input that cannot be read.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        int failures = new ImageBatchDecoder(stock, json).run(paths, spec.commandLine().getOut(), spec.commandLine().getErr());
        return failures == 0 ? 0 : 1;
    }
}
