package com.loungedesk.redemption;

/**
 * One operator's shift: redemptions confirmed, guests admitted, usages cancelled, failed scans, and offline
 * admissions the backend refused later ({@code followUps}).
 */
public record OperatorShift(String operatorId, int redeemed, int guests, int cancelled, int failedScans,
                            int followUps) {
}
