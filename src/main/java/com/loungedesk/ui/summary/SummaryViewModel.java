package com.loungedesk.ui.summary;

import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.port.OperatorTotals;
import com.loungedesk.ui.port.ShiftReport;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shift summary: per operator (by name when known) redeemed, guests, cancelled, failed scans and offline
 * admissions needing follow-up, the journal head the figures come from, and the CSV export.
 */
public final class SummaryViewModel {

    private final ShiftReport report;
    private final TaskRunner runner;
    private final Texts texts;
    private final ObservableList<OperatorTotals> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Function<String, String> knownNames;

    public SummaryViewModel(ShiftReport report, TaskRunner runner, Texts texts) {
        this(report, runner, texts, id -> "");
    }

    /** @param knownNames names of operators who signed in at this console (id to name; empty when unknown) */
    public SummaryViewModel(ShiftReport report, TaskRunner runner, Texts texts, Function<String, String> knownNames) {
        this.report = report;
        this.runner = runner;
        this.texts = texts;
        this.knownNames = knownNames;
    }

    private OperatorTotals named(OperatorTotals t) {
        String known = knownNames.apply(t.operatorId());
        return t.operatorName().isEmpty() && known != null && !known.isBlank() ? t.withName(known) : t;
    }

    public void refresh() {
        busy.set(true);
        runner.run("shift totals", () -> new Loaded(report.totals(), report.journalHead()), loaded -> {
            busy.set(false);
            List<OperatorTotals> list = loaded.totals();
            rows.setAll(list.stream().map(this::named).toList());
            int redeemed = list.stream().mapToInt(OperatorTotals::redeemed).sum();
            int guests = list.stream().mapToInt(OperatorTotals::guests).sum();
            int cancelled = list.stream().mapToInt(OperatorTotals::cancelled).sum();
            int failed = list.stream().mapToInt(OperatorTotals::failedScans).sum();
            int followUps = list.stream().mapToInt(OperatorTotals::followUps).sum();
            totals.set(texts.get("summary.totals", redeemed, guests, cancelled, failed, followUps));
            message.set(loaded.head().isEmpty() ? "" : texts.get("summary.head", loaded.head()));
        }, e -> {
            busy.set(false);
            message.set(texts.get("summary.loadFailed"));
        });
    }

    private record Loaded(List<OperatorTotals> totals, String head) {
    }

    /** Writes the CSV to the chosen file (null = the person closed the file dialog). */
    public void export(Path file) {
        if (file == null) {
            return;
        }
        busy.set(true);
        runner.run("shift csv", () -> {
            report.exportCsv(file);
            return file;
        }, f -> {
            busy.set(false);
            message.set(texts.get("summary.exported", f));
        }, e -> {
            busy.set(false);
            message.set(texts.get("summary.exportFailed", e.getMessage()));
        });
    }

    public ObservableList<OperatorTotals> rows() { return rows; }
    public StringProperty messageProperty() { return message; }
    public StringProperty totalsProperty() { return totals; }
    public BooleanProperty busyProperty() { return busy; }
}
