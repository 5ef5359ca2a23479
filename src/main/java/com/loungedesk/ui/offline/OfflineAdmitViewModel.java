package com.loungedesk.ui.offline;

import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.OfflineAdmissions;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.staff.Operator;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.common.SupervisorCheck;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Admit offline": a pass that could not be checked because the backend cannot be reached is let in on
 * a supervisor's word. The supervisor's id and PIN (the same check and lockout as a cancel), a reason and
 * how many people; the desk records it and checks the pass when the backend answers again.
 */
public final class OfflineAdmitViewModel {

    private final String reference;
    private final OfflineAdmissions admissions;
    private final Supplier<DeskContext> who;
    private final SupervisorPins pins;
    private final TaskRunner runner;
    private final Texts texts;
    private final StringProperty supervisorId = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final IntegerProperty people = new SimpleIntegerProperty(1);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty limit = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Consumer<Verdict> onDone = v -> { };

    public OfflineAdmitViewModel(String reference, Operator current, OfflineAdmissions admissions,
                                 Supplier<DeskContext> who, SupervisorPins pins, TaskRunner runner, Texts texts) {
        this.reference = reference;
        this.admissions = admissions;
        this.who = who;
        this.pins = pins;
        this.runner = runner;
        this.texts = texts;
        if (current.isSupervisor()) {
            supervisorId.set(current.id());
        }
    }

    /** Says how many offline admissions this shift still allows (read in the background). */
    public void loadLimit() {
        runner.run("offline limit", () -> new int[] {admissions.admittedThisShift(), admissions.limit()},
                n -> limit.set(texts.get("offline.limit", n[0], n[1])), e -> limit.set(""));
    }

    public void onDone(Consumer<Verdict> done) {
        this.onDone = done;
    }

    public void confirm() {
        if (busy.get()) {
            return;
        }
        String problem = validate();
        if (!problem.isEmpty()) {
            error.set(problem);
            return;
        }
        char[] secret = pin.get().toCharArray();
        pin.set("");
        String supervisor = supervisorId.get().trim();
        busy.set(true);
        error.set("");
        SupervisorCheck.run(runner, pins, texts, supervisor, secret, "offline admission " + reference,
                () -> admit(supervisor), this::refused, this::failed);
    }

    private String validate() {
        if (!Operator.validId(supervisorId.get())) {
            return texts.get("cancel.needSupervisor");
        }
        if (!SupervisorPins.wellFormedPin(pin.get().toCharArray())) {
            return texts.get("pin.format");
        }
        if (reason.get() == null || reason.get().trim().length() < 3) {
            return texts.get("offline.needReason");
        }
        if (people.get() < 1 || people.get() > OfflineAdmissions.MAX_PEOPLE) {
            return texts.get("offline.needPeople", OfflineAdmissions.MAX_PEOPLE);
        }
        return "";
    }

    private void refused(String why) {
        busy.set(false);
        error.set(why);
    }

    private void admit(String supervisor) {
        String why = reason.get().trim();
        int n = people.get();
        runner.run("offline admission", () -> admissions.admit(who.get(), reference, supervisor, why, n), v -> {
            busy.set(false);
            if (v.kind() == VerdictKind.QUEUED) {
                onDone.accept(v);
            } else {
                error.set(v.message());
            }
        }, e -> failed());
    }

    private void failed() {
        busy.set(false);
        error.set(texts.get("offline.failed"));
    }

    public String reference() { return reference; }
    public StringProperty supervisorIdProperty() { return supervisorId; }
    public StringProperty pinProperty() { return pin; }
    public StringProperty reasonProperty() { return reason; }
    public IntegerProperty peopleProperty() { return people; }
    public StringProperty errorProperty() { return error; }
    public StringProperty limitProperty() { return limit; }
    public BooleanProperty busyProperty() { return busy; }
}
