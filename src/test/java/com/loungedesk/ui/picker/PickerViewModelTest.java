package com.loungedesk.ui.picker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.testkit.FakeDesk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickerViewModelTest {

    private final List<String> redeemed = new ArrayList<>();
    private int guests = -1;

    private PickerViewModel picker() {
        LookupOutcome pkg = new LookupOutcome("PKG", List.of(
                FakeDesk.booking("A", "Lounge", "1 Adult", true, "", null, 1),
                FakeDesk.booking("B", "Fast Track", "1 Adult", true, "", null, 3),
                FakeDesk.booking("C", "Spa", "1 Adult", false, "Expired", null, 0)), null);
        PickerViewModel vm = new PickerViewModel(pkg, null, LocalDate.now(), Texts.english());
        vm.setActions((codes, n) -> {
            redeemed.addAll(codes);
            guests = n;
        }, () -> redeemed.add("closed"));
        return vm;
    }

    @Test
    void redeemableBookingsStartChosenAndUnredeemableOnesCannotBe() {
        PickerViewModel vm = picker();
        assertTrue(vm.items().get(0).chosen());
        assertFalse(vm.items().get(2).chosen());
        vm.moveDown();
        vm.moveDown();
        vm.moveDown();
        assertEquals(2, vm.focusedProperty().get());
        vm.toggleFocused();
        assertFalse(vm.items().get(2).chosen());
        assertEquals("Spa cannot be redeemed: Expired", vm.problemProperty().get());
    }

    @Test
    void guestsAreBoundedByTheChosenBookings() {
        PickerViewModel vm = picker();
        assertEquals(3, vm.maxGuestsProperty().get());
        vm.moreGuests();
        vm.moreGuests();
        vm.moreGuests();
        vm.moreGuests();
        assertEquals(3, vm.guestsProperty().get());
        vm.toggle(1);
        assertEquals(1, vm.maxGuestsProperty().get());
        assertEquals(1, vm.guestsProperty().get(), "unchoosing the 3-guest booking lowers the count");
        vm.fewerGuests();
        vm.fewerGuests();
        assertEquals(0, vm.guestsProperty().get());
    }

    @Test
    void enterWithNothingChosenTakesTheFocusedRedeemableOne() {
        PickerViewModel vm = picker();
        vm.toggle(0);
        vm.toggle(1);
        vm.moveUp();
        vm.confirm();
        assertEquals(List.of("A"), redeemed);
        assertEquals(0, guests);
        redeemed.clear();
        vm.toggle(2);
        vm.confirm();
        assertTrue(redeemed.isEmpty());
        assertEquals("Choose at least one redeemable booking (Space).", vm.problemProperty().get());
        vm.close();
        assertEquals(List.of("closed"), redeemed);
    }
}
