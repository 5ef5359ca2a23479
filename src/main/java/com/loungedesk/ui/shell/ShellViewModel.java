package com.loungedesk.ui.shell;

import com.loungedesk.orders.FeedHealth;
import com.loungedesk.orders.FeedState;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.staff.Operator;
import com.loungedesk.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The always-visible frame: who is signed in, at which desk, on which backend, and which page shows. */
public final class ShellViewModel {

    private final Operator operator;
    private final String deskId;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.SCAN);
    private final StringProperty operatorText = new SimpleStringProperty();
    private final StringProperty deskText = new SimpleStringProperty();
    private final StringProperty waitingText = new SimpleStringProperty("");
    private final ObjectProperty<FeedState> feedState = new SimpleObjectProperty<>(FeedState.ONLINE);
    private final BooleanProperty sandbox = new SimpleBooleanProperty();
    private final BooleanProperty overlayOpen = new SimpleBooleanProperty();
    private final Texts texts;

    public ShellViewModel(Operator operator, String deskId, boolean sandbox, Texts texts) {
        this.operator = operator;
        this.deskId = deskId;
        this.texts = texts;
        this.sandbox.set(sandbox);
        operatorText.set(operator.isSupervisor() ? operator.name() + " · " + texts.get("role.SUPERVISOR") : operator.name());
        deskText.set(deskId);
    }

    public DeskContext context() {
        return new DeskContext(deskId, operator.id(), operator.name());
    }

    public void go(Page p) {
        if (!overlayOpen.get()) {
            page.set(p);
        }
    }

    /** A function key, e.g. "F3"; answers the page it opened, or null. */
    public Page goByKey(String key) {
        for (Page p : Page.values()) {
            if (p.key().equals(key)) {
                go(p);
                return p;
            }
        }
        return null;
    }

    public void health(FeedHealth h) {
        feedState.set(h == null ? FeedState.ONLINE : h.state());
    }

    public void waiting(int n) {
        waitingText.set(n == 0 ? "" : texts.get("scan.waiting", n));
    }

    public Operator operator() { return operator; }
    public ObjectProperty<Page> pageProperty() { return page; }
    public StringProperty operatorTextProperty() { return operatorText; }
    public StringProperty deskTextProperty() { return deskText; }
    public StringProperty waitingTextProperty() { return waitingText; }
    public ObjectProperty<FeedState> feedStateProperty() { return feedState; }
    public BooleanProperty sandboxProperty() { return sandbox; }
    public BooleanProperty overlayOpenProperty() { return overlayOpen; }
}
