package com.loungedesk.ui.scan;

import com.loungedesk.redemption.PassBooking;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.ui.common.BookingWords;
import com.loungedesk.ui.common.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The verdict area: which verdict shows (null = ready), its big word, sentence and details, and the
 * countdown until it clears itself. The view calls {@link #tick()} once a second.
 */
public final class VerdictViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);

    private final Texts texts;
    private final ZoneId zone;
    private final BookingWords words;
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private final StringProperty word = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty holder = new SimpleStringProperty("");
    private final StringProperty product = new SimpleStringProperty("");
    private final StringProperty units = new SimpleStringProperty("");
    private final StringProperty entitlements = new SimpleStringProperty("");
    private final StringProperty guests = new SimpleStringProperty("");
    private final StringProperty used = new SimpleStringProperty("");
    private final StringProperty countdown = new SimpleStringProperty("");
    private String reference = "";

    public VerdictViewModel(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
        this.words = new BookingWords(texts, zone);
    }

    /** Shows a verdict at once (replacing any other) for {@code seconds}. */
    public void show(Verdict v, int seconds) {
        show(v, seconds, "");
    }

    /** As {@link #show(Verdict, int)}, remembering the reference the verdict is about. */
    public void show(Verdict v, int seconds, String reference) {
        this.reference = reference == null ? "" : reference;
        PassBooking b = v.bookings().isEmpty() ? null : v.bookings().get(0);
        word.set(texts.get("verdict.word." + v.kind().name()));
        message.set(message(v, b));
        holder.set(b == null ? "" : b.holderName());
        product.set(b == null ? "" : b.productName());
        units.set(b == null ? "" : v.people().isEmpty() ? b.units() : words.people(v.people()));
        entitlements.set(b == null || b.entitlementsLeft() == null ? "" : String.valueOf(b.entitlementsLeft()));
        guests.set(b == null ? "" : String.valueOf(b.guestsAllowed()));
        used.set(b == null || b.usedAt() == null ? "" : usedText(b));
        secondsLeft.set(Math.max(1, seconds));
        countdown.set(texts.get("verdict.clearsIn", secondsLeft.get()));
        verdict.set(v);
    }

    /**
     * The verdict's sentence: OFFLINE always says it in the desk's words; a refusal that only repeats the
     * backend's reason for the booking is said from its reason code when the desk knows it.
     */
    private String message(Verdict v, PassBooking b) {
        if (v.kind() == VerdictKind.OFFLINE) {
            return texts.get("verdict.message.OFFLINE");
        }
        boolean refusal = v.kind() == VerdictKind.ALREADY_USED || v.kind() == VerdictKind.NOT_REDEEMABLE;
        if (refusal && b != null && !b.reasonCode().isEmpty()
                && (v.message().isBlank() || v.message().equals(b.unredeemableReason()))) {
            return words.reason(b);
        }
        return v.message().isBlank() ? texts.get("verdict.message." + v.kind().name()) : v.message();
    }

    private String usedText(PassBooking b) {
        String when = WHEN.format(b.usedAt().atZone(zone));
        return b.usedWhere() == null || b.usedWhere().isBlank() ? when : texts.get("verdict.usedAtWhere", when,
                b.usedWhere());
    }

    /** One second passed: count down, and clear at zero. */
    public void tick() {
        if (verdict.get() == null) {
            return;
        }
        secondsLeft.set(secondsLeft.get() - 1);
        if (secondsLeft.get() <= 0) {
            clear();
        } else {
            countdown.set(texts.get("verdict.clearsIn", secondsLeft.get()));
        }
    }

    public void clear() {
        verdict.set(null);
        secondsLeft.set(0);
        countdown.set("");
    }

    /** The kind showing, or null when the desk is ready for the next scan. */
    public VerdictKind kind() {
        return verdict.get() == null ? null : verdict.get().kind();
    }

    /** The walk-in usage a supervisor may cancel from this verdict, or null. */
    public String cancellableOrderId() {
        Verdict v = verdict.get();
        return v != null && v.kind() == VerdictKind.VALID ? v.orderId() : null;
    }

    /** The pass a supervisor may admit offline from this verdict (it could not be checked), or null. */
    public String offlineReference() {
        Verdict v = verdict.get();
        return v != null && v.kind() == VerdictKind.OFFLINE && !reference.isEmpty() ? reference : null;
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() { return verdict; }
    public IntegerProperty secondsLeftProperty() { return secondsLeft; }
    public StringProperty wordProperty() { return word; }
    public StringProperty messageProperty() { return message; }
    public StringProperty holderProperty() { return holder; }
    public StringProperty productProperty() { return product; }
    public StringProperty unitsProperty() { return units; }
    public StringProperty entitlementsProperty() { return entitlements; }
    public StringProperty guestsProperty() { return guests; }
    public StringProperty usedProperty() { return used; }
    public StringProperty countdownProperty() { return countdown; }
}
