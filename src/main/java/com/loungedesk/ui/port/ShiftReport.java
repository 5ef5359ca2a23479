package com.loungedesk.ui.port;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Port to the shift report service (journal based). Blocking: the console calls it off the FX thread. */
public interface ShiftReport {

    /** This shift's totals, one line per operator. */
    List<OperatorTotals> totals();

    /** Writes the same totals as CSV to {@code file}. */
    void exportCsv(Path file) throws IOException;
}
