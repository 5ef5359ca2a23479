package com.loungedesk.ui.cancel;

import com.loungedesk.redemption.CancelReason;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.RedemptionDesk;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.staff.Operator;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.common.SupervisorCheck;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.port.CancelWindows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Cancelling a walk-in usage: a supervisor's id and PIN for this one action (a staff member may call a
 * supervisor to the desk; both ids are recorded), a reason (other needs a note), and the provider's
 * cancel window when it has one.
 */
public final class CancelViewModel {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final String orderId;
    private final RedemptionDesk desk;
    private final Supplier<DeskContext> who;
    private final SupervisorPins pins;
    private final TaskRunner runner;
    private final Texts texts;
    private final ObjectProperty<CancelReason> reason = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty supervisorId = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty window = new SimpleStringProperty("");
    private final BooleanProperty windowClosed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Consumer<Verdict> onDone = v -> { };

    public CancelViewModel(String orderId, Operator current, RedemptionDesk desk, Supplier<DeskContext> who,
                           SupervisorPins pins, TaskRunner runner, Texts texts) {
        this.orderId = orderId;
        this.desk = desk;
        this.who = who;
        this.pins = pins;
        this.runner = runner;
        this.texts = texts;
        if (current.isSupervisor()) {
            supervisorId.set(current.id());
        }
    }

    /** Looks up the provider's cancel window in the background and describes it. */
    public void loadWindow(CancelWindows windows, Clock clock) {
        runner.run("cancel window", () -> windows.cancellableUntil(orderId), until -> describe(until, clock),
                e -> window.set(""));
    }

    private void describe(Optional<Instant> until, Clock clock) {
        if (until.isEmpty()) {
            window.set(texts.get("cancel.noWindow"));
            return;
        }
        Duration left = Duration.between(clock.instant(), until.get());
        String at = HOUR.format(until.get().atZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone()));
        windowClosed.set(left.isNegative() || left.isZero());
        window.set(windowClosed.get() ? texts.get("cancel.windowClosed", at)
                : texts.get("cancel.windowOpen", at, Math.max(1, (left.getSeconds() + 59) / 60)));
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
        SupervisorCheck.run(runner, pins, texts, supervisor, secret, "cancel " + orderId, () -> cancel(supervisor),
                this::refused, this::failed);
    }

    private String validate() {
        if (reason.get() == null) {
            return texts.get("cancel.needReason");
        }
        if (reason.get() == CancelReason.OTHER && note.get().trim().length() < 3) {
            return texts.get("cancel.needNote");
        }
        if (!Operator.validId(supervisorId.get())) {
            return texts.get("cancel.needSupervisor");
        }
        if (!SupervisorPins.wellFormedPin(pin.get().toCharArray())) {
            return texts.get("pin.format");
        }
        return "";
    }

    private void refused(String why) {
        busy.set(false);
        error.set(why);
    }

    private void cancel(String supervisor) {
        String text = note.get().trim();
        runner.run("cancel usage", () -> desk.cancelUsage(who.get(), orderId, reason.get(), text, supervisor), v -> {
            busy.set(false);
            if (v.kind() == VerdictKind.VALID || v.kind() == VerdictKind.QUEUED) {
                onDone.accept(v);
            } else {
                error.set(v.message().isBlank() ? texts.get("verdict.message." + v.kind().name()) : v.message());
            }
        }, e -> failed());
    }

    private void failed() {
        busy.set(false);
        error.set(texts.get("cancel.failed"));
    }

    public String orderId() { return orderId; }
    public ObjectProperty<CancelReason> reasonProperty() { return reason; }
    public StringProperty noteProperty() { return note; }
    public StringProperty supervisorIdProperty() { return supervisorId; }
    public StringProperty pinProperty() { return pin; }
    public StringProperty errorProperty() { return error; }
    public StringProperty windowProperty() { return window; }
    public BooleanProperty windowClosedProperty() { return windowClosed; }
    public BooleanProperty busyProperty() { return busy; }
}
