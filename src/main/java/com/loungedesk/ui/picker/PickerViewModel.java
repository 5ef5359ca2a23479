package com.loungedesk.ui.picker;

import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.PassBooking;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.port.BoardingPass;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Choosing what to redeem from one lookup: the bookings (several for a package), the cardholder +
 * guests stepper bounded by the pass, and the boarding pass scanned beside it. Keyboard first:
 * up/down move, space chooses, Enter redeems the chosen ones in one request.
 */
public final class PickerViewModel {

    private final LookupOutcome lookup;
    private final Texts texts;
    private final LocalDate today;
    private final ObservableList<PickerItem> items = FXCollections.observableArrayList();
    private final IntegerProperty focused = new SimpleIntegerProperty(0);
    private final IntegerProperty guests = new SimpleIntegerProperty(0);
    private final IntegerProperty maxGuests = new SimpleIntegerProperty(0);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<BoardingPass> boardingPass = new SimpleObjectProperty<>();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private BiConsumer<List<String>, Integer> onRedeem = (codes, n) -> { };
    private Runnable onClose = () -> { };

    public PickerViewModel(LookupOutcome lookup, BoardingPass pass, LocalDate today, Texts texts) {
        this.lookup = lookup;
        this.texts = texts;
        this.today = today;
        lookup.bookings().forEach(b -> items.add(new PickerItem(b)));
        items.forEach(i -> i.chosenProperty().set(i.booking().redeemable()));
        items.forEach(i -> i.chosenProperty().addListener((o, a, b) -> boundGuests()));
        int first = 0;
        while (first < items.size() - 1 && !items.get(first).booking().redeemable()) {
            first++;
        }
        focused.set(first);
        boundGuests();
        attachBoardingPass(pass);
    }

    /** Where the picker's answer goes: the chosen redemption codes and the guest count. */
    public void setActions(BiConsumer<List<String>, Integer> redeem, Runnable close) {
        this.onRedeem = redeem;
        this.onClose = close;
    }

    public void moveUp() {
        focused.set(Math.max(0, focused.get() - 1));
    }

    public void moveDown() {
        focused.set(Math.min(items.size() - 1, focused.get() + 1));
    }

    public void toggleFocused() {
        toggle(focused.get());
    }

    public void toggle(int index) {
        if (index < 0 || index >= items.size()) {
            return;
        }
        PickerItem item = items.get(index);
        focused.set(index);
        if (!item.booking().redeemable()) {
            problem.set(texts.get("picker.notRedeemable", item.booking().productName(), reason(item.booking())));
            return;
        }
        problem.set("");
        item.chosenProperty().set(!item.chosen());
    }

    public void moreGuests() {
        if (guests.get() < maxGuests.get()) {
            guests.set(guests.get() + 1);
            problem.set("");
        } else {
            problem.set(texts.get("guests.atMost", maxGuests.get()));
        }
    }

    public void fewerGuests() {
        guests.set(Math.max(0, guests.get() - 1));
    }

    /** Enter: redeems the chosen bookings; with none chosen, the focused one if it can be redeemed. */
    public void confirm() {
        List<String> codes = items.stream().filter(PickerItem::chosen).map(i -> i.booking().redemptionCode()).toList();
        if (codes.isEmpty()) {
            PickerItem f = items.isEmpty() ? null : items.get(focused.get());
            if (f == null || !f.booking().redeemable()) {
                problem.set(texts.get("picker.chooseOne"));
                return;
            }
            codes = List.of(f.booking().redemptionCode());
        }
        onRedeem.accept(codes, guests.get());
    }

    public void close() {
        onClose.run();
    }

    /** A boarding pass scanned while the picker is open belongs beside these bookings. */
    public void attachBoardingPass(BoardingPass pass) {
        boardingPass.set(pass);
        warnings.clear();
        if (pass == null) {
            return;
        }
        String holder = lookup.bookings().isEmpty() ? "" : lookup.bookings().get(0).holderName();
        BoardingPassCheck.warnings(pass, holder, today)
                .forEach(w -> warnings.add(texts.get("boarding." + w.name(), pass.flightDate(), pass.passengerName())));
    }

    public String reason(PassBooking b) {
        return new com.loungedesk.ui.common.BookingWords(texts, java.time.ZoneId.systemDefault()).reason(b);
    }

    /** The booking's people in the desk's language ("1 Adult", "1 位成人"). */
    public String people(PassBooking b) {
        return new com.loungedesk.ui.common.BookingWords(texts, java.time.ZoneId.systemDefault()).people(b);
    }

    private void boundGuests() {
        int max = items.stream().filter(PickerItem::chosen).mapToInt(i -> i.booking().guestsAllowed()).max().orElse(0);
        maxGuests.set(Math.max(0, max));
        if (guests.get() > max) {
            guests.set(Math.max(0, max));
        }
    }

    public boolean isPackage() { return lookup.isPackage(); }
    public boolean isParty() { return lookup.isParty(); }
    public String reference() { return lookup.reference(); }
    public ObservableList<PickerItem> items() { return items; }
    public IntegerProperty focusedProperty() { return focused; }
    public IntegerProperty guestsProperty() { return guests; }
    public IntegerProperty maxGuestsProperty() { return maxGuests; }
    public StringProperty problemProperty() { return problem; }
    public ObjectProperty<BoardingPass> boardingPassProperty() { return boardingPass; }
    public ObservableList<String> warnings() { return warnings; }
}
