package com.loungedesk.scan.wedge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutCalibrationTest {

    @Test
    void theCalibrationCodeAsIsMeansLayoutsMatch() {
        CalibrationResult result = LayoutCalibration.check(LayoutCalibration.CODE).orElseThrow();
        assertTrue(result.layoutsMatch());
        assertTrue(result.repairLayout().isEmpty());
    }

    @Test
    void aUsScannerOnAUkDeskIsReportedAsUk() {
        String seen = DeskLayout.UK.mangle(LayoutCalibration.CODE);
        assertTrue(seen.contains("£"), seen);
        CalibrationResult result = LayoutCalibration.check(seen).orElseThrow();
        assertEquals(DeskLayout.UK, result.deskLayout());
        assertTrue(result.message().contains("UK"), result.message());
    }

    @Test
    void aUsScannerOnAnAzertyDeskIsReportedAsAzerty() {
        String seen = DeskLayout.FRENCH_AZERTY.mangle(LayoutCalibration.CODE);
        assertTrue(seen.startsWith("LDCQL"), seen);
        assertTrue(seen.contains("&é\"'(-è_çà"), seen);
        assertEquals(DeskLayout.FRENCH_AZERTY, LayoutCalibration.check(seen).orElseThrow().deskLayout());
    }

    @Test
    void aUsScannerOnAQwertzDeskIsReportedAsQwertz() {
        String seen = DeskLayout.GERMAN_QWERTZ.mangle(LayoutCalibration.CODE);
        assertEquals(DeskLayout.GERMAN_QWERTZ, LayoutCalibration.check(seen).orElseThrow().deskLayout());
    }

    @Test
    void anUnexplainedMismatchIsStillReported() {
        String seen = LayoutCalibration.CODE.replace('q', 'x');
        CalibrationResult result = LayoutCalibration.check(seen).orElseThrow();
        assertNull(result.deskLayout());
        assertFalse(result.layoutsMatch());
    }

    @Test
    void otherScansAreNotCalibration() {
        assertTrue(LayoutCalibration.check("HTA89203").isEmpty());
    }

    @Test
    void repairUndoesMangleForEveryLayout() {
        String text = "LDCAL qazwym QAZWYM 1234567890 @\"#/-.;:'[]\\|~!$%^&*()_";
        for (DeskLayout layout : DeskLayout.values()) {
            assertEquals(text, layout.repair(layout.mangle(text)), layout.name());
        }
    }
}
