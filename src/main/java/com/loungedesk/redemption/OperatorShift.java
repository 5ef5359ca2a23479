package com.loungedesk.redemption;

/** One operator's shift: redemptions confirmed, guests admitted, usages cancelled, failed scans. */
public record OperatorShift(String operatorId, int redeemed, int guests, int cancelled, int failedScans) {
}
