package com.loungedesk.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.port.OperatorTotals;
import com.loungedesk.ui.port.ShiftReport;
import java.io.IOException;
import com.loungedesk.ui.testkit.FakeShiftReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryViewModelTest {

    @TempDir
    Path dir;

    @Test
    void totalsPerOperatorAndCsvExport() throws Exception {
        SummaryViewModel vm = new SummaryViewModel(new FakeShiftReport(List.of(
                new OperatorTotals("a", "Anna", 5, 2, 1, 0, 0), new OperatorTotals("b", "Ben", 3, 0, 0, 2, 1))),
                TaskRunner.direct(), Texts.english());
        vm.refresh();
        assertEquals(2, vm.rows().size());
        assertEquals("Desk total: 8 redeemed · 2 guests · 1 cancelled · 2 failed scans · 1 need follow-up", vm.totalsProperty().get());
        Path csv = dir.resolve("shift.csv");
        vm.export(csv);
        assertTrue(Files.readString(csv).contains("a,Anna,5,2,1,0"));
        assertTrue(vm.messageProperty().get().startsWith("Saved"));
        vm.export(dir.resolve("missing/dir/shift.csv"));
        assertTrue(vm.messageProperty().get().startsWith("The CSV could not be written"));
    }

    @Test
    void theSummaryNamesTheJournalHeadItCameFrom() {
        FakeShiftReport fixed = new FakeShiftReport(List.of(new OperatorTotals("a", "Anna", 5, 2, 1, 0, 0)));
        ShiftReport report = new ShiftReport() {
            @Override
            public List<OperatorTotals> totals() {
                return fixed.totals();
            }

            @Override
            public String journalHead() {
                return "42 entries, head MAC 3f2a9c0188aa11bb…";
            }

            @Override
            public void exportCsv(Path file) throws IOException {
                fixed.exportCsv(file);
            }
        };
        SummaryViewModel vm = new SummaryViewModel(report, TaskRunner.direct(), Texts.english());
        vm.refresh();
        assertEquals("From the journal at 42 entries, head MAC 3f2a9c0188aa11bb….", vm.messageProperty().get());
    }

    @Test
    void operatorsAreShownByNameAndAnIdWithoutANameOnlyOnce() {
        SummaryViewModel vm = new SummaryViewModel(new FakeShiftReport(List.of(
                new OperatorTotals("op7", "", 1, 0, 0, 0, 0), new OperatorTotals("sup.lee", "Lee Supervisor", 0, 0, 1, 0, 0),
                new OperatorTotals("op9", "", 2, 0, 0, 1, 0))), TaskRunner.direct(), Texts.english(),
                id -> id.equals("op7") ? "Olga Petrova" : "");
        vm.refresh();
        assertEquals(List.of("Olga Petrova (op7)", "Lee Supervisor (sup.lee)", "op9"),
                vm.rows().stream().map(OperatorTotals::label).toList());
    }
}
