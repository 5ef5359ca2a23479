package com.loungedesk.ui.shell;

import com.loungedesk.ui.common.KeystrokeTiming;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes every scan typed anywhere in the window land as a scan. Keys typed while no text field has the
 * focus go to the scan field (the scan page opens when another page shows); a text field that has the
 * focus keeps its own typing, but a scanner-speed burst ended by Enter or Tab is taken back out of it and
 * handed over as a scan; while a dialog is open, a burst typed outside its fields is handed over too (and
 * waits as a scan until the dialog closes). The scan field itself tells scanner from person on its own.
 */
final class KeyboardScans {

    /** What the session lets this class do. */
    interface Desk {
        boolean dialogOpen();

        boolean isScanField(Node node);

        /** Types a character into the scan field, opening the scan page if needed. */
        void typeIntoScanField(String character);

        void scanned(String text, String source);
    }

    private final Desk desk;
    private final KeystrokeTiming fieldKeys = new KeystrokeTiming();
    private final KeystrokeTiming looseKeys = new KeystrokeTiming();

    KeyboardScans(Desk desk) {
        this.desk = desk;
    }

    /** Scene filter for KEY_TYPED: times the keys typed into a text field other than the scan field. */
    void typedFirst(KeyEvent e, Node focus) {
        String ch = e.getCharacter();
        if (printable(ch) && focus instanceof TextInputControl && !desk.isScanField(focus)) {
            fieldKeys.key(ch.charAt(0), System.nanoTime());
        }
    }

    /** Scene handler for KEY_TYPED: a key no control took goes to the scan field (or, in a dialog, waits). */
    void typedLast(KeyEvent e, Node focus) {
        String ch = e.getCharacter();
        if (!printable(ch) || focus instanceof TextInputControl) {
            return;
        }
        e.consume();
        if (desk.dialogOpen()) {
            looseKeys.key(ch.charAt(0), System.nanoTime());
        } else {
            desk.typeIntoScanField(ch);
        }
    }

    /** Scene filter for KEY_PRESSED: at Enter or Tab, hands a scanner burst over as a scan; true when it did. */
    boolean pressed(KeyEvent e, Node focus) {
        if (e.getCode() != KeyCode.ENTER && e.getCode() != KeyCode.TAB) {
            return false;
        }
        long now = System.nanoTime();
        if (focus instanceof TextInputControl field && !desk.isScanField(focus)) {
            String burst = fieldKeys.burst();
            String text = field.getText() == null ? "" : field.getText();
            if (fieldKeys.submitLooksLikeWedge(now) && !burst.isEmpty() && text.endsWith(burst)) {
                e.consume();
                field.setText(text.substring(0, text.length() - burst.length()));
                field.end();
                desk.scanned(burst, "wedge");
                return true;
            }
            return false;
        }
        if (desk.dialogOpen()) {
            String burst = looseKeys.burst();
            if (looseKeys.submitLooksLikeWedge(now) && !burst.isEmpty()) {
                e.consume();
                desk.scanned(burst, "wedge");
                return true;
            }
        }
        return false;
    }

    private static boolean printable(String ch) {
        return ch != null && !ch.isEmpty() && !Character.isISOControl(ch.charAt(0));
    }
}
