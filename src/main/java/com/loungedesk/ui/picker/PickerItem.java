package com.loungedesk.ui.picker;

import com.loungedesk.redemption.PassBooking;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One booking in the picker, and whether staff chose it. */
public final class PickerItem {

    private final PassBooking booking;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    public PickerItem(PassBooking booking) {
        this.booking = booking;
    }

    public PassBooking booking() {
        return booking;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean chosen() {
        return chosen.get();
    }
}
