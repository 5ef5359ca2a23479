package com.loungedesk.app;

import com.loungedesk.redemption.OperatorShift;
import com.loungedesk.redemption.ShiftReport;
import com.loungedesk.ui.port.OperatorTotals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Today's shift (local midnight until now) from the journal, as the summary screen shows it. */
final class ShiftReportPort implements com.loungedesk.ui.port.ShiftReport {

    private final ShiftReport report;
    private final Clock clock;
    private final Function<String, String> names;

    ShiftReportPort(ShiftReport report, Clock clock) {
        this(report, clock, id -> "");
    }

    /** @param names the name an operator id is known by (supervisors' names from their PIN store), or empty */
    ShiftReportPort(ShiftReport report, Clock clock, Function<String, String> names) {
        this.report = report;
        this.clock = clock;
        this.names = names;
    }

    @Override
    public List<OperatorTotals> totals() {
        try {
            return report.summary(startOfToday(), clock.instant()).stream().map(this::totals).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The shift summary could not be read from the journal", e);
        }
    }

    @Override
    public String journalHead() {
        try {
            return report.journalHead();
        } catch (IOException e) {
            throw new UncheckedIOException("The journal head could not be read", e);
        }
    }

    private OperatorTotals totals(OperatorShift s) {
        return new OperatorTotals(s.operatorId(), names.apply(s.operatorId()), s.redeemed(), s.guests(), s.cancelled(),
                s.failedScans(), s.followUps());
    }

    @Override
    public void exportCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            report.exportCsv(out, startOfToday(), clock.instant());
        }
    }

    private Instant startOfToday() {
        return LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    }
}
