package com.loungedesk.ui.orders;

import com.loungedesk.orders.UsageOrder;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the live orders table: the order, when the desk last heard of it, and a change highlight. */
public final class OrderRow {

    private final ObjectProperty<UsageOrder> order = new SimpleObjectProperty<>();
    private final StringProperty ago = new SimpleStringProperty("");
    private final BooleanProperty highlighted = new SimpleBooleanProperty();
    private Instant seenAt;
    private Instant highlightUntil = Instant.MIN;

    OrderRow(UsageOrder order, Instant seenAt) {
        this.order.set(order);
        this.seenAt = seenAt;
    }

    void update(UsageOrder next, Instant seen, boolean statusChanged, Instant highlightEnd) {
        order.set(next);
        seenAt = seen;
        if (statusChanged) {
            highlightUntil = highlightEnd;
            highlighted.set(true);
        }
    }

    void refresh(Instant now, String agoText) {
        ago.set(agoText);
        if (highlighted.get() && !now.isBefore(highlightUntil)) {
            highlighted.set(false);
        }
    }

    public UsageOrder order() { return order.get(); }
    public ObjectProperty<UsageOrder> orderProperty() { return order; }
    public StringProperty agoProperty() { return ago; }
    public BooleanProperty highlightedProperty() { return highlighted; }
    public Instant seenAt() { return seenAt; }

    /** Usages still Used (a walk-in, a supplier's booking) may be cancelled by a supervisor. */
    public boolean cancellable() {
        return order.get().undoable();
    }
}
