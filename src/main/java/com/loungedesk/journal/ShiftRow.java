package com.loungedesk.journal;

/** One operator's shift figures from the audit log ({@code followUps}: offline admissions the backend refused). */
public record ShiftRow(String operatorId, int redeemed, int guests, int cancelled, int failedScans, int followUps) {
}
