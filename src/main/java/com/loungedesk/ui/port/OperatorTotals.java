package com.loungedesk.ui.port;

/** One operator's line in the shift summary. */
public record OperatorTotals(String operatorId, String operatorName, int redeemed, int guests, int cancelled,
                             int failedScans) {
}
