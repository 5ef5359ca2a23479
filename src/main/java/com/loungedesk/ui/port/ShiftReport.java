package com.loungedesk.ui.port;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Port to the shift report service (journal based). Blocking: the console calls it off the FX thread. */
public interface ShiftReport {

    /** This shift's totals, one line per operator. */
    List<OperatorTotals> totals();

    /**
     * The journal head the totals come from ("42 entries, head MAC 3f2a…"), so that a summary on screen or
     * on paper names the journal state it shows; empty when there is no journal.
     */
    default String journalHead() {
        return "";
    }

    /** Writes the same totals as CSV to {@code file}. */
    void exportCsv(Path file) throws IOException;
}
