package com.loungedesk.ui.scan;

import com.loungedesk.redemption.BookingStatus;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.PassBooking;
import com.loungedesk.redemption.RedemptionDesk;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.redemption.VerdictKind;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.picker.PickerViewModel;
import com.loungedesk.ui.port.BoardingPass;
import com.loungedesk.ui.port.VerdictSounds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scan home: takes a scanned or typed reference, looks it up in the background, redeems at once
 * when there is nothing to choose, otherwise opens the picker; shows the verdict with its sound.
 * Scans that arrive while busy or while a dialog is open wait in {@link PendingScans}.
 */
public final class ScanViewModel {

    private static final int MAX_REFERENCE = 256;

    private final RedemptionDesk desk;
    private final Supplier<DeskContext> who;
    private final TaskRunner runner;
    private final VerdictViewModel verdict;
    private final VerdictSounds sounds;
    private final IntSupplier verdictSeconds;
    private final Texts texts;
    private final Clock clock;
    private final PendingScans pending = new PendingScans(10);
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<PickerViewModel> picker = new SimpleObjectProperty<>();
    private final ObjectProperty<BoardingPass> boardingPass = new SimpleObjectProperty<>();
    private final ObservableList<RecentScan> recent = FXCollections.observableArrayList();
    private int dialogs;

    private final ScanRouting routing = new ScanRouting();

    public ScanViewModel(RedemptionDesk desk, Supplier<DeskContext> who, TaskRunner runner, VerdictViewModel verdict,
                         VerdictSounds sounds, IntSupplier verdictSeconds, Texts texts, Clock clock) {
        this.desk = desk;
        this.who = who;
        this.runner = runner;
        this.verdict = verdict;
        this.sounds = sounds;
        this.verdictSeconds = verdictSeconds;
        this.texts = texts;
        this.clock = clock;
    }

    /** Enter or Tab in the scan field. */
    public void submitInput(String source) {
        String text = input.get();
        input.set("");
        scan(text, source);
    }

    /** A reference from any source: the field, the camera, a USB scanner, a demo image. */
    public void scan(String text, String source) {
        String reference = text == null ? "" : text.strip();
        if (reference.isEmpty()) {
            return;
        }
        if (reference.length() > MAX_REFERENCE || reference.chars().anyMatch(Character::isISOControl)) {
            showVerdict(Verdict.of(VerdictKind.ERROR, texts.get("scan.badReference")), reference);
            return;
        }
        ScanRouting.Route route = routing.route(reference, LocalDate.now(clock));
        if (route instanceof ScanRouting.Boarding b) {
            boardingPassSeen(b.pass());
            return;
        }
        if (route instanceof ScanRouting.Notice n) {
            status.set(n.message());
            return;
        }
        reference = ((ScanRouting.Lookup) route).reference();
        if (busy.get() || dialogs > 0 || picker.get() != null) {
            status.set(pending.offer(new PendingScans.Scan(reference, source))
                    ? texts.get("scan.waiting", pending.countProperty().get())
                    : texts.get("scan.refused", reference));
            return;
        }
        lookup(reference, source);
    }

    private void lookup(String reference, String source) {
        busy.set(true);
        verdict.clear();
        status.set(texts.get("scan.checking", reference));
        runner.run("lookup", () -> desk.lookup(who.get(), reference, source), this::looked,
                e -> finish(Verdict.of(VerdictKind.ERROR, texts.get("scan.failed")), reference));
    }

    private void looked(LookupOutcome outcome) {
        if (outcome.failure() != null) {
            finish(outcome.failure(), outcome.reference());
            return;
        }
        if (!outcome.found()) {
            finish(Verdict.of(VerdictKind.UNKNOWN_PASS, ""), outcome.reference());
            return;
        }
        List<PassBooking> redeemable = outcome.bookings().stream().filter(PassBooking::redeemable).toList();
        if (redeemable.isEmpty()) {
            finish(notRedeemable(outcome.bookings()), outcome.reference());
        } else if (!outcome.isPackage() && redeemable.get(0).guestsAllowed() == 0 && boardingPass.get() == null) {
            redeem(outcome, List.of(redeemable.get(0).redemptionCode()), 0);
        } else {
            openPicker(outcome);
        }
    }

    private void openPicker(LookupOutcome outcome) {
        busy.set(false);
        status.set("");
        PickerViewModel p = new PickerViewModel(outcome, boardingPass.get(), LocalDate.now(clock), texts);
        p.setActions((codes, guests) -> {
            picker.set(null);
            redeem(outcome, codes, guests);
        }, () -> {
            picker.set(null);
            boardingPass.set(null);
            status.set(texts.get("scan.pickerClosed", outcome.reference()));
            drain();
        });
        picker.set(p);
    }

    private void redeem(LookupOutcome outcome, List<String> codes, int guests) {
        busy.set(true);
        status.set(texts.get("scan.redeeming", outcome.reference()));
        runner.run("redeem", () -> desk.redeem(who.get(), outcome, codes, guests),
                v -> finish(v, outcome.reference()),
                e -> finish(Verdict.of(VerdictKind.ERROR, texts.get("scan.failed")), outcome.reference()));
    }

    private Verdict notRedeemable(List<PassBooking> bookings) {
        PassBooking b = bookings.get(0);
        boolean used = b.status() == BookingStatus.REDEEMED
                || (b.entitlementsLeft() != null && b.entitlementsLeft() <= 0);
        String reason = b.unredeemableReason() == null ? "" : b.unredeemableReason();
        return new Verdict(used ? VerdictKind.ALREADY_USED : VerdictKind.NOT_REDEEMABLE, reason, bookings, null);
    }

    private void finish(Verdict v, String reference) {
        busy.set(false);
        status.set("");
        showVerdict(v, reference);
        boardingPass.set(null);
        drain();
    }

    private void showVerdict(Verdict v, String reference) {
        verdict.show(v, verdictSeconds.getAsInt(), reference);
        sounds.play(v.kind());
        recent.add(0, new RecentScan(reference, v.kind(), clock.instant()));
        if (recent.size() > 8) {
            recent.remove(8, recent.size());
        }
    }

    /** Runs the next waiting scan when the desk is free. */
    private void drain() {
        if (!busy.get() && dialogs == 0 && picker.get() == null) {
            pending.poll().ifPresent(s -> lookup(s.text(), s.source()));
        }
    }

    /** A boarding pass was scanned: it goes beside the open picker, or waits for the next booking. */
    public void boardingPassSeen(BoardingPass pass) {
        if (picker.get() != null) {
            picker.get().attachBoardingPass(pass);
        } else {
            boardingPass.set(pass);
            status.set(texts.get("scan.boardingPassSeen", pass.flight()));
        }
    }

    /** Another dialog (cancel, ...) opened or closed: scans wait meanwhile. */
    public void dialogOpened() {
        dialogs++;
    }

    public boolean dialogOpen() {
        return dialogs > 0;
    }

    public void dialogClosed() {
        dialogs = Math.max(0, dialogs - 1);
        drain();
    }

    /** A supervisor admitted the pass offline: the verdict says so (queued to be checked later). */
    public void admittedOffline(Verdict v, String reference) {
        showVerdict(v, reference);
    }

    /** A short sentence under the scan field (e.g. a cancel went through). */
    public void notice(String text) {
        status.set(text);
    }

    public StringProperty inputProperty() { return input; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
    public ObjectProperty<PickerViewModel> pickerProperty() { return picker; }
    public ObjectProperty<BoardingPass> boardingPassProperty() { return boardingPass; }
    public ObservableList<RecentScan> recent() { return recent; }
    public PendingScans pending() { return pending; }
    public VerdictViewModel verdict() { return verdict; }
}
