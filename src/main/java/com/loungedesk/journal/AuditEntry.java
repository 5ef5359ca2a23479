package com.loungedesk.journal;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param kind      SCAN, LOOKUP, REDEEM, VALIDATE, CANCEL, SYNC...
 * @param reference the scanned value, redemption code(s) or order id concerned
 * @param outcome   what came of it (FOUND, DONE, QUEUED, REFUSED, UNKNOWN_PASS...)
 * @param guests    guests admitted (redeems), else 0
 * @param orderId   the usage order concerned, or empty
 * @param detail    a sentence or extra facts (source, reason, supervisor id), or empty
 */
public record AuditEntry(long id, Instant at, String deskId, String operatorId, String kind, String reference,
                         String outcome, int guests, String orderId, String detail, String prevHash, String hash) {

    /** A new entry (id, times and hashes are set when it is appended). */
    public static AuditEntry of(String deskId, String operatorId, String kind, String reference, String outcome,
                                int guests, String orderId, String detail) {
        return new AuditEntry(0, null, deskId, operatorId, kind, nz(reference), nz(outcome), guests, nz(orderId),
                nz(detail), "", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
