package com.loungedesk.api;

import java.time.Instant;
import java.util.List;

/**
 * One OCTO booking as lookup, redeem, un-redeem and validate answer it (only the fields the desk uses).
 * {@code orderId} is set on redeem / un-redeem answers: the usage order created or cancelled.
 */
public record LookupItem(String id, String uuid, String supplierReference, OctoStatus status,
                         Instant utcRedeemedAt, Product product, Contact contact, List<UnitItem> unitItems,
                         String redemptionCode, boolean redeemable, String unredeemableReason,
                         String unredeemableReasonCode, PassInfo pass, String orderId, Boolean cancellable) {

    public LookupItem {
        status = status == null ? OctoStatus.UNKNOWN : status;
        unitItems = unitItems == null ? List.of() : List.copyOf(unitItems);
    }

    /** Redeemable only when the backend says so AND the status is one the desk knows. */
    public boolean canRedeem() {
        return redeemable && status != OctoStatus.UNKNOWN;
    }

    public record Product(String id, String internalName) {
    }

    public record Contact(String fullName, String emailAddress, String phoneNumber) {
    }

    public record UnitItem(String uuid, String unitId, OctoStatus status, Instant utcRedeemedAt) {
    }

    /** LoungeDesk's {@code pass} extension: what kind of pass and what it still allows. */
    public record PassInfo(String kind, String dpId, String programId, Integer entitlementsTotal,
                           Integer entitlementsLeft, int guestsAllowed, Instant validUntil, Instant lastUsedAt,
                           String lastUsedWhere, String orderId) {
    }
}
