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

/** Today's shift (local midnight until now) from the journal, as the summary screen shows it. */
final class ShiftReportPort implements com.loungedesk.ui.port.ShiftReport {

    private final ShiftReport report;
    private final Clock clock;

    ShiftReportPort(ShiftReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @Override
    public List<OperatorTotals> totals() {
        try {
            return report.summary(startOfToday(), clock.instant()).stream().map(ShiftReportPort::totals).toList();
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

    private static OperatorTotals totals(OperatorShift s) {
        return new OperatorTotals(s.operatorId(), s.operatorId(), s.redeemed(), s.guests(), s.cancelled(),
                s.failedScans());
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
