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

/** {@code decode FILE_OR_FOLDER...}: prints PATH, FORMAT and TEXT (tab separated) for each image. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Reads the barcode in each image (folders are searched for images).",
            "Prints PATH<TAB>FORMAT<TAB>TEXT per image, or PATH<TAB>-<TAB> when nothing was found;",
            "unreadable files are reported on stderr and the run goes on (exit code 1 at the end)."})
public final class DecodeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "Image files or folders of images.")
    private List<Path> paths;

    @Option(names = "--stock", description = "Decode with plain stock ZXing (MultiFormatReader, TRY_HARDER) for comparison.")
    private boolean stock;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        int failures = new ImageBatchDecoder(stock).run(paths, spec.commandLine().getOut(), spec.commandLine().getErr());
        return failures == 0 ? 0 : 1;
    }
}
