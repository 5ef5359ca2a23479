package com.loungedesk.app;

import com.loungedesk.bench.BenchReport;
import com.loungedesk.bench.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code loungedesk bench}: every scenario against a real alternative measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed side by side with a real alternative in the same run; prints a table, "
                + "optionally writes JSON.")
final class BenchCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BenchCommand.class);

    @Option(names = "--quick", description = "Smaller run that shows every scenario works (goal: under a minute on a "
            + "quiet machine); not a measurement.")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the results as a markdown table.")
    Path markdown;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Run only these scenarios.")
    List<String> only;

    @Option(names = "--installed", paramLabel = "LAUNCHER",
            description = "Also time the installed app's start and memory, e.g. target/installer/LoungeDesk/bin/LoungeDesk.")
    Path installed;

    @Override
    public Integer call() throws Exception {
        BenchReport report = new BenchReport(System.out);
        report.calibrate();
        report.printEnvironment();
        int failed = 0;
        for (Scenario s : BenchScenarios.all(installed)) {
            if (only != null && !only.contains(s.name())) {
                continue;
            }
            report.heading(s.name(), s.compared());
            long started = System.nanoTime();
            try {
                s.run(quick, report);
            } catch (Exception e) {
                failed++;
                LOG.warn("bench scenario {} failed", s.name(), e);
                report.note("scenario failed: " + e);
            }
            report.note(String.format("%s took %.1f s", s.name(), (System.nanoTime() - started) / 1e9));
        }
        report.calibrate();
        if (json != null) {
            report.writeJson(json);
            System.out.println("wrote " + json);
        }
        if (markdown != null) {
            Files.writeString(markdown, report.markdown());
            System.out.println("wrote " + markdown);
        }
        return failed == 0 ? 0 : 1;
    }
}
