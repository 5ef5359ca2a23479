package com.loungedesk.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One OCTO booking as lookup, redeem, un-redeem and validate answer it (only the fields the desk uses).
 * {@code status} is kept as sent, so a status this desk does not know (NOSHOW, UPGRADED…) can be shown
 * by its own name; {@link #octoStatus()} reads it. {@code orderId} and {@code pass} are LoungeDesk
 * extensions: a plain OCTO supplier sends neither.
 */
public record LookupItem(String id, String uuid, String supplierReference, String status,
                         Instant utcRedeemedAt, Product product, Contact contact, List<UnitItem> unitItems,
                         String redemptionCode, boolean redeemable, String unredeemableReason,
                         String unredeemableReasonCode, PassInfo pass, String orderId, Boolean cancellable,
                         Instant utcUpdatedAt, Ticket voucher, String productId, String optionId) {

    public LookupItem {
        status = status == null || status.isBlank() ? OctoStatus.UNKNOWN.name() : status.strip();
        unitItems = unitItems == null ? List.of() : unitItems.stream().filter(u -> u != null).toList();
    }

    /** The LoungeDesk contract's shape (no booking update time, voucher or product ids). */
    public LookupItem(String id, String uuid, String supplierReference, OctoStatus status, Instant utcRedeemedAt,
                      Product product, Contact contact, List<UnitItem> unitItems, String redemptionCode,
                      boolean redeemable, String unredeemableReason, String unredeemableReasonCode, PassInfo pass,
                      String orderId, Boolean cancellable) {
        this(id, uuid, supplierReference, status == null ? null : status.name(), utcRedeemedAt, product, contact,
                unitItems, redemptionCode, redeemable, unredeemableReason, unredeemableReasonCode, pass, orderId,
                cancellable, null, null, null, null);
    }

    /** The status as one of OCTO's published values, or UNKNOWN. */
    public OctoStatus octoStatus() {
        return OctoStatus.parse(status);
    }

    /** Redeemable only when the backend says so AND the status is one the desk knows. */
    public boolean canRedeem() {
        return redeemable && octoStatus() != OctoStatus.UNKNOWN;
    }

    /** Used: the booking says REDEEMED, or has a redemption time, or every unit item is redeemed. */
    public boolean used() {
        return octoStatus() == OctoStatus.REDEEMED || utcRedeemedAt != null
                || (!unitItems.isEmpty() && unitItems.stream().allMatch(UnitItem::used));
    }

    /** Someone of the party has entered: the booking is used, or at least one of its unit items is. */
    public boolean anyUsed() {
        return used() || unitItems.stream().anyMatch(UnitItem::used);
    }

    /** The code a scanner reads off the booking's voucher, else the one the lookup named, else null. */
    public String voucherCode() {
        String fromVoucher = voucher == null ? null : voucher.code();
        return fromVoucher != null ? fromVoucher : redemptionCode;
    }

    public record Product(String id, String internalName) {
    }

    public record Contact(String fullName, String emailAddress, String phoneNumber) {
    }

    /** One person (or unit) of the booking; {@code ticket} carries its own code when the supplier issues one. */
    public record UnitItem(String uuid, String unitId, String status, Instant utcRedeemedAt, Ticket ticket) {
        public UnitItem(String uuid, String unitId, OctoStatus status, Instant utcRedeemedAt) {
            this(uuid, unitId, status == null ? null : status.name(), utcRedeemedAt, null);
        }

        public OctoStatus octoStatus() {
            return OctoStatus.parse(status);
        }

        public boolean used() {
            return octoStatus() == OctoStatus.REDEEMED || utcRedeemedAt != null;
        }

        /** The unit type in upper case (ADULT, CHILD…), or UNIT when the supplier sent none. */
        public String unitType() {
            return unitId == null || unitId.isBlank() ? "UNIT" : unitId.strip().toUpperCase(Locale.ROOT);
        }

        public String code() {
            return ticket == null ? null : ticket.code();
        }
    }

    /** A voucher or ticket: what the guest shows, in one or several formats. */
    public record Ticket(String redemptionMethod, Instant utcRedeemedAt, List<DeliveryOption> deliveryOptions) {
        public Ticket {
            deliveryOptions = deliveryOptions == null ? List.of()
                    : deliveryOptions.stream().filter(o -> o != null).toList();
        }

        /** The value a scanner reads: the first QRCODE, CODE128 or AZTECCODE option's value. */
        public String code() {
            return deliveryOptions.stream()
                    .filter(o -> o.deliveryValue() != null && !o.deliveryValue().isBlank())
                    .filter(o -> List.of("QRCODE", "CODE128", "AZTECCODE").contains(String.valueOf(o.deliveryFormat())))
                    .map(DeliveryOption::deliveryValue).findFirst().orElse(null);
        }
    }

    public record DeliveryOption(String deliveryFormat, String deliveryValue) {
    }

    /** LoungeDesk's {@code pass} extension: what kind of pass and what it still allows. */
    public record PassInfo(String kind, String dpId, String programId, Integer entitlementsTotal,
                           Integer entitlementsLeft, int guestsAllowed, Instant validUntil, Instant lastUsedAt,
                           String lastUsedWhere, String orderId) {
    }
}
