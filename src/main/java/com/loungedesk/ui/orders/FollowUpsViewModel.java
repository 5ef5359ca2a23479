package com.loungedesk.ui.orders;

import com.loungedesk.redemption.FollowUp;
import com.loungedesk.redemption.OfflineAdmissions;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Needs follow-up": guests admitted offline whose pass the backend later refused (used elsewhere,
 * unknown, expired), with the reason, newest first. Read from the journal in the background.
 */
public final class FollowUpsViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final OfflineAdmissions admissions;
    private final TaskRunner runner;
    private final Texts texts;
    private final ZoneId zone;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private boolean loading;

    public FollowUpsViewModel(OfflineAdmissions admissions, TaskRunner runner, Texts texts, ZoneId zone) {
        this.admissions = admissions;
        this.runner = runner;
        this.texts = texts;
        this.zone = zone;
    }

    /** Reads the list again (skipped while a read is still running). */
    public void refresh() {
        if (loading) {
            return;
        }
        loading = true;
        runner.run("follow-ups", admissions::followUps, list -> {
            loading = false;
            lines.setAll(list.stream().map(this::line).toList());
            title.set(texts.get("followUp.title", list.size()));
        }, e -> {
            loading = false;
            title.set(texts.get("followUp.loadFailed"));
        });
    }

    private String line(FollowUp f) {
        var a = f.admission();
        String when = a.admittedAt() == null ? "" : WHEN.withLocale(texts.locale()).format(a.admittedAt().atZone(zone));
        return texts.get("followUp.line", a.reference(), a.people(), when, a.supervisorId(), a.operatorId(),
                f.refusal(), a.reason());
    }

    public ObservableList<String> lines() { return lines; }
    public StringProperty titleProperty() { return title; }
}
