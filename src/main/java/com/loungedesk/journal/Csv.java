package com.loungedesk.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * RFC 4180 CSV cells; a cell that a spreadsheet would run as a formula gets a leading apostrophe. Every
 * export ends with a {@code journal_head} row: the journal's entries and last MAC when it was made.
 */
final class Csv {
    private Csv() {
    }

    static void row(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    /** {@link #row} for code that may not throw IOException (a lambda run in a transaction). */
    static void rowUnchecked(Writer out, String... cells) {
        try {
            row(out, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last row of every export: the journal's head, which a later copy of the journal must still end in. */
    static String[] headCells(ChainHead head) {
        return new String[] {"journal_head", String.valueOf(head.entries()), head.mac()};
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
