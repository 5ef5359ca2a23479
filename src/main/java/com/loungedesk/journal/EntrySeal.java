package com.loungedesk.journal;

import com.loungedesk.util.Sha256;

/**
 * The two ways an audit entry is sealed to the one before it: HMAC-SHA256 under the desk key over
 * every stored column (the scheme since the desk key), and the plain SHA-256 of entries written before
 * it (which left {@code at_ms} out and could be recomputed by anyone). The stored {@code hash} column
 * holds either; the outside head says from which entry on the MAC applies.
 */
final class EntrySeal {

    static final String GENESIS = "0".repeat(64);

    private EntrySeal() {
    }

    static String mac(DeskKey key, AuditEntry e, long atMs) {
        return key.mac("loungedesk-audit-v2", String.valueOf(e.id()), e.at().toString(), String.valueOf(atMs),
                e.deskId(), e.operatorId(), e.kind(), e.reference(), e.outcome(), String.valueOf(e.guests()),
                e.orderId(), e.detail(), e.prevHash());
    }

    /** The plain hash of entries from before the desk key (kept only to check them). */
    static String plain(AuditEntry e) {
        String text = String.join("\u001f", String.valueOf(e.id()), e.at().toString(), e.deskId(), e.operatorId(),
                e.kind(), e.reference(), e.outcome(), String.valueOf(e.guests()), e.orderId(), e.detail(), e.prevHash());
        return Sha256.hex(text);
    }
}
