package com.loungedesk.ui.signin;

import com.loungedesk.staff.Operator;
import com.loungedesk.staff.PinCheck;
import com.loungedesk.staff.Role;
import com.loungedesk.staff.SecurityEvent;
import com.loungedesk.staff.SecurityLogException;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.common.PinTexts;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Sign in: operator id and name, role. Supervisors prove their PIN; on a desk with no supervisor yet,
 * the first supervisor's PIN is enrolled (stored only as a salted hash). Every sign-in is journaled first.
 */
public final class SignInViewModel {

    private final SupervisorPins pins;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<Operator> signedIn;
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.STAFF);
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty pinHint = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty waiting = new SimpleStringProperty("");

    public SignInViewModel(SupervisorPins pins, TaskRunner runner, Texts texts, Consumer<Operator> signedIn) {
        this.pins = pins;
        this.runner = runner;
        this.texts = texts;
        this.signedIn = signedIn;
        role.addListener((o, a, b) -> pinHint.set(hint()));
        pinHint.set(hint());
    }

    private String hint() {
        if (role.get() != Role.SUPERVISOR) {
            return "";
        }
        return pins.hasSupervisors() ? texts.get("signin.pinHint") : texts.get("signin.firstSupervisor");
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        if (!Operator.validId(id.get())) {
            error.set(texts.get("signin.badId"));
            return;
        }
        Operator op = new Operator(id.get(), name.get(), role.get());
        char[] secret = pin.get().toCharArray();
        pin.set("");
        if (op.isSupervisor() && !SupervisorPins.wellFormedPin(secret)) {
            error.set(texts.get("pin.format"));
            return;
        }
        busy.set(true);
        runner.run("sign-in", () -> verify(op, secret), result -> {
            busy.set(false);
            if (result.isEmpty()) {
                error.set("");
                signedIn.accept(op);
            } else {
                error.set(result);
            }
        }, e -> {
            busy.set(false);
            error.set(texts.get("signin.failed"));
        });
    }

    /** Signed in, but the console is still connecting: say so and take no more sign-ins until it is done. */
    public void waitFor(String message) {
        error.set("");
        waiting.set(message);
        busy.set(true);
    }

    /** The wait is over without a session (the services could not connect): show why. */
    public void stopWaiting(String problem) {
        waiting.set("");
        busy.set(false);
        error.set(problem);
    }

    /**
     * Runs off the FX thread; answers an empty string when the operator may sign in. Supervisors prove their
     * PIN (or enrol the desk's first one); every sign-in is journaled, and one that cannot be is refused.
     */
    private String verify(Operator op, char[] secret) throws java.io.IOException {
        try {
            if (op.isSupervisor() && !pins.hasSupervisors()) {
                pins.enroll(op.id(), op.name(), secret);
            } else if (op.isSupervisor()) {
                PinCheck check = pins.check(op.id(), secret, "sign-in");
                if (!check.ok()) {
                    return PinTexts.refusal(texts, check, op.id());
                }
            }
            pins.log().record(SecurityEvent.of(SecurityEvent.Kind.SIGN_IN, op.id(), op.role().name(), op.name()));
            return "";
        } catch (SecurityLogException e) {
            return texts.get("signin.notRecorded", e.getMessage());
        } finally {
            SupervisorPins.wipe(secret);
        }
    }

    public StringProperty idProperty() { return id; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Role> roleProperty() { return role; }
    public StringProperty pinProperty() { return pin; }
    public StringProperty errorProperty() { return error; }
    public StringProperty pinHintProperty() { return pinHint; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty waitingProperty() { return waiting; }
}
