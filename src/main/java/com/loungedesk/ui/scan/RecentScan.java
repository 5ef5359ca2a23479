package com.loungedesk.ui.scan;

import com.loungedesk.redemption.VerdictKind;
import java.time.Instant;

/** A line in the scan home's "recent scans" list. */
public record RecentScan(String reference, VerdictKind kind, Instant at) {
}
