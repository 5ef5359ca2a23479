package com.loungedesk.ui.testkit;

import com.loungedesk.ui.port.OperatorTotals;
import com.loungedesk.ui.port.ShiftReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A shift report over a fixed list of totals, writing real CSV. */
public final class FakeShiftReport implements ShiftReport {

    private final List<OperatorTotals> totals;

    public FakeShiftReport(List<OperatorTotals> totals) {
        this.totals = totals;
    }

    @Override
    public List<OperatorTotals> totals() {
        return totals;
    }

    @Override
    public void exportCsv(Path file) throws IOException {
        String body = totals.stream().map(t -> String.join(",", t.operatorId(), t.operatorName(),
                String.valueOf(t.redeemed()), String.valueOf(t.guests()), String.valueOf(t.cancelled()),
                String.valueOf(t.failedScans()), String.valueOf(t.followUps()))).collect(Collectors.joining("\n"));
        Files.writeString(file, "operatorId,operatorName,redeemed,guests,cancelled,failedScans,followUps\n" + body + "\n");
    }
}
