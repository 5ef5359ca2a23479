package com.loungedesk.ui.picker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.ui.port.BoardingPass;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardingPassCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void namesMatchAcrossOrderTitlesAccentsAndInitials() {
        assertTrue(BoardingPassCheck.sameName("SMITH/JOHN MR", "John Smith"));
        assertTrue(BoardingPassCheck.sameName("SMITH/J", "John Smith"));
        assertTrue(BoardingPassCheck.sameName("MULLER/JOSE", "José Müller"));
        assertTrue(BoardingPassCheck.sameName("CHEN/MEILIN MS", "Mei Lin Chen"), "BCBP joins given names");
        assertFalse(BoardingPassCheck.sameName("SMITH/JANE MRS", "John Smith"));
        assertFalse(BoardingPassCheck.sameName("JONES/JOHN", "John Smith"));
    }

    @Test
    void warnsForOtherDayAndOtherName() {
        BoardingPass pass = new BoardingPass("SMITH/JOHN", "BA 117", "LHR", "JFK", TODAY, "");
        assertEquals(List.of(), BoardingPassCheck.warnings(pass, "John Smith", TODAY));
        assertEquals(List.of(BoardingPassCheck.Warning.DATE_NOT_TODAY),
                BoardingPassCheck.warnings(pass, "John Smith", TODAY.plusDays(1)));
        assertEquals(List.of(BoardingPassCheck.Warning.DATE_NOT_TODAY, BoardingPassCheck.Warning.NAME_MISMATCH),
                BoardingPassCheck.warnings(pass, "Ann Lee", TODAY.minusDays(1)));
    }
}
